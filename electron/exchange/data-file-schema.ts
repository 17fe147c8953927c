import { z } from 'zod';
import { PROVINCE_CODES, PROVINCES, ProvinceCode } from '../../shared/domain/provinces';
import { DataFile } from './data-file';
import { HeaderV2, TrailerV2 } from './data-file-v2';
import { SCHEMA_EXAMPLES, SCHEMA_FORMAT_EXAMPLES, WITHOUT_EXAMPLES } from './schema-examples';

type Json = Record<string, unknown>;

/**
 * The JSON Schema of a yearly data file, generated from the same zod schemas the app checks
 * imports with. Fields whose zod type is custom (a date typed `dd/mm/yyyy`, a number typed in
 * Khmer digits, a province checked against the table) state what is stored through their
 * `.meta()` (`shared/schemas/fields.ts`) or here (`describe`), so every field has its type,
 * pattern, range or list. Cross-field rules cannot be expressed in JSON Schema;
 * docs/data-file.md lists them.
 */
export function dataFileJsonSchema(): Record<string, unknown> {
  return {
    ...jsonSchemaOf(DataFile),
    $id: 'https://cpu-case-register.invalid/schemas/year-data-1.json',
    title: 'CPU Case Register yearly data file, format version 1',
    description:
      'One PC’s summaries of one year. Where a field lists several examples, the n-th examples of all ' +
      'fields belong together (the n-th summary, one per team in the order of `summary.oneOf`). ' +
      'A version 2 file (JSON Lines) is checked line by line against `$defs`: its first line against ' +
      '`v2Header`, each summary line against `v2Summary` (the same as an item of `summaries`), its last ' +
      'line against `v2Trailer`.',
    $defs: {
      v2Header: { ...withoutDialect(jsonSchemaOf(HeaderV2)), title: 'Version 2: the header (line 1)' },
      v2Summary: { $ref: '#/properties/summaries/items', title: 'Version 2: one summary (each line between)' },
      v2Trailer: { ...withoutDialect(jsonSchemaOf(TrailerV2)), title: 'Version 2: the trailer (last line)' },
    },
  };
}

/** The JSON Schema of one of the file's zod schemas, each field described as `describe` adds. */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema, path }) => describe(zodSchema, jsonSchema, propertyPath(path)),
  });
}

/** A schema nested under `$defs` takes the dialect of the document it is in. */
function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  void $schema;
  return rest;
}

/** The property names on the way to a schema: `summaries.summary.victims.age`. */
function propertyPath(path: readonly (string | number)[]): string[] {
  return path.filter((part, i) => typeof part === 'string' && path[i - 1] === 'properties').map(String);
}

/** The examples given for the longest tail of `names` (`referralIds.value` before `value`). */
function examplesFor(names: readonly string[]): readonly unknown[] | undefined {
  for (let start = 0; start < names.length; start++) {
    const examples = SCHEMA_EXAMPLES[names.slice(start).join('.')];
    if (examples) return examples;
  }
  return undefined;
}

const isTransformPipe = (schema: z.core.$ZodType) => {
  const def = schema._zod.def;
  return def.type === 'pipe' && (def as z.core.$ZodPipeDef).out._zod.def.type === 'transform';
};

/** What zod cannot say by itself about a field, written into its JSON Schema in place. */
function describe(schema: z.core.$ZodType, json: Json, names: readonly string[]): void {
  if (schema === ProvinceCode) {
    json.enum = [...PROVINCE_CODES];
    json.description = `The province's two-digit code: ${PROVINCES.map((p) => `${p.code} ${p.name_en}`).join(', ')}.`;
    json.examples = ['12', '09', '04', '17'];
  }
  // A value a transform turns into "not recorded" (`''` for the province): described by its input.
  if (isTransformPipe(schema)) {
    const input = (schema._zod.def as z.core.$ZodPipeDef).in._zod.def;
    if (input.type === 'literal' && Object.keys(json).length === 0) {
      json.const = (input as z.core.$ZodLiteralDef<string>).values[0];
      json.description = 'Not recorded.';
    }
  }
  if (schema._zod.def.type === 'unknown' && Object.keys(json).length === 0) {
    json.description = 'The value as stored before or after the change: any JSON value.';
  }
  if (WITHOUT_EXAMPLES.has(names.at(-1) ?? '')) delete json.examples;
  else if (json.examples === undefined) {
    const examples =
      examplesFor(names) ?? (typeof json.format === 'string' ? SCHEMA_FORMAT_EXAMPLES[json.format] : undefined);
    if (examples) json.examples = [...examples];
  }
}
