/**
 * A yearly data file written from the published JSON Schema's examples alone, as someone with
 * only docs/data-file.schema.json would: every required field, and every optional one the
 * schema gives examples for; the n-th summary takes each field's n-th example (cycling) and the
 * n-th branch of `summary.oneOf` (one per team). The checksum is then computed as
 * docs/data-file.md says. A field with no example, constant or list stops it, naming the field.
 */
type Schema = Record<string, unknown>;

const asSchema = (value: unknown): Schema => (value ?? {}) as Schema;

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

/** The value the schema's examples give at `path` for the n-th summary. */
export function exampleValue(schema: Schema, n: number, path = '$'): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return pick(schema.examples, n);
  if (Array.isArray(schema.oneOf)) return exampleValue(asSchema(pick(schema.oneOf, n)), n, path);
  if (Array.isArray(schema.anyOf)) return exampleValue(asSchema(schema.anyOf[0]), n, path);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.type === 'object') {
    const properties = asSchema(schema.properties);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const entries = Object.entries(properties).flatMap(([key, value]) => {
      const child = asSchema(value);
      const given = required.has(key) || hasOwnExamples(child);
      return given ? [[key, exampleValue(child, n, `${path}.${key}`)] as const] : [];
    });
    return Object.fromEntries(entries);
  }
  if (schema.type === 'array') {
    const count = Math.max(1, Number(schema.minItems ?? 1));
    return Array.from({ length: count }, () => exampleValue(asSchema(schema.items), n, `${path}[]`));
  }
  throw new Error(`The schema gives no example for ${path}`);
}

/** An optional field is written when the schema gives it an example (a date, an age …). */
function hasOwnExamples(schema: Schema): boolean {
  if (Array.isArray(schema.examples)) return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some((branch) => hasOwnExamples(asSchema(branch)));
}

/** The file's body (without its checksum): the header's examples and one summary per team. */
export function exampleFileBody(schema: Schema): Record<string, unknown> {
  const properties = asSchema(schema.properties);
  const summaries = asSchema(properties.summaries);
  const record = asSchema(summaries.items);
  const teams = ((asSchema(asSchema(record.properties).summary).oneOf as unknown[] | undefined) ?? []).length;
  const header = exampleValue({ ...schema, properties: { ...properties, summaries: { const: [] } } }, 0);
  const body: Record<string, unknown> = { ...(header as Record<string, unknown>) };
  delete body.checksum;
  return { ...body, summaries: Array.from({ length: teams }, (_, n) => exampleValue(record, n, '$.summaries[]')) };
}
