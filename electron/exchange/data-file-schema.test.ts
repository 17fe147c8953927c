import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../../shared/domain/provinces';
import { AppFailure } from '../../shared/ipc/result';
import { LIMITS } from '../../shared/schemas/fields';
import { tempDir } from '../testing/temp-dir';
import { unlockedDispatch } from '../testing/unlocked-app';
import { checksumOf, type DataFileBody } from './data-file';
import { dataFileJsonSchema } from './data-file-schema';
import { writeDataFileV2 } from './data-file-v2';
import { exampleFileBody } from './schema-example-file';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'data-file.schema.json');
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The published schema, as a reader of docs/ gets it. */
const published = (): Schema => JSON.parse(readFileSync(FILE, 'utf8')) as Schema;

/** A validator of the published schema, with the formats it uses checked as ajv-formats would. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(published());
}

/** A file written from the schema's examples alone, checksum included. */
function exampleFile(): DataFileBody & { checksum: string } {
  const body = exampleFileBody(published()) as DataFileBody;
  return { ...body, checksum: checksumOf(body) };
}

const summaryOf = (schema: Schema, team: string): Schema =>
  (schema.properties.summaries.items.properties.summary.oneOf as Schema[]).find(
    (s) => s.properties.team.const === team,
  ) as Schema;

describe('docs/data-file.schema.json', () => {
  it('is the schema generated from the zod schemas (regenerate with npm run docs:schema)', () => {
    const generated = `${JSON.stringify(dataFileJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('describes every team’s summary and refuses unknown keys', () => {
    const text = JSON.stringify(dataFileJsonSchema());
    for (const field of ['victims', 'referralSource', 'exhibits', 'services', 'history', 'checksum'])
      expect(text).toContain(`"${field}"`);
    expect(text).toContain('"additionalProperties":false');
  });

  it('states a type, constant or list for every field (only a history change’s old and new value is any value)', () => {
    const untyped: string[] = [];
    const walk = (node: Schema, path: string) => {
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
        const typed = 'type' in child || 'const' in child || 'enum' in child || 'anyOf' in child || 'oneOf' in child;
        if (!typed) untyped.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      if (node.items) walk(node.items as Schema, `${path}[]`);
      for (const branch of [...((node.oneOf ?? []) as Schema[]), ...((node.anyOf ?? []) as Schema[])])
        walk(branch, path);
    };
    walk(published(), '$');
    expect(untyped).toEqual(['$.summaries[].history[].changes[].from', '$.summaries[].history[].changes[].to']);
  });

  it('gives dates as YYYY-MM-DD, ages and counts with their bounds, the 25 provinces and the code patterns', () => {
    const schema = published();
    const record = schema.properties.summaries.items;
    const hit = summaryOf(schema, 'HIT');
    const ova = summaryOf(schema, 'OVA');
    const icac = summaryOf(schema, 'ICAC');
    const fst = summaryOf(schema, 'FST');
    for (const date of [
      hit.properties.dateReported,
      hit.properties.offenceDate,
      hit.properties.suspects.items.properties.arrestDate,
      fst.properties.exhibits.items.properties.dateCollected,
      fst.properties.exhibits.items.properties.custody.items.properties.date,
      ova.properties.services.items.properties.date,
    ]) {
      expect(date).toMatchObject({ type: 'string', format: 'date' });
      expect(new RegExp(date.pattern as string).test('2025-03-14')).toBe(true);
      expect(new RegExp(date.pattern as string).test('14/03/2025')).toBe(false);
    }
    expect(hit.properties.victims.items.properties.age).toMatchObject({ type: 'integer', minimum: 0, maximum: 17 });
    expect(hit.properties.suspects.items.properties.age).toMatchObject({ type: 'integer', minimum: 7, maximum: 110 });
    expect(hit.properties.victims).toMatchObject({ minItems: 1, maxItems: LIMITS.children });
    expect(icac.properties.devicesSeized).toMatchObject({ type: 'integer', minimum: 0, maximum: LIMITS.devices });
    expect(icac.properties.victimsIdentified).toMatchObject({ maximum: LIMITS.children });
    expect(ova.properties.familyMembersSupported).toMatchObject({ maximum: LIMITS.familyMembers });
    expect(ova.properties.courtAccompaniments).toMatchObject({ maximum: LIMITS.courtAccompaniments });
    expect(ova.properties.bereavedFamiliesSupported).toMatchObject({ maximum: LIMITS.families });
    const province = (hit.properties.province.anyOf as Schema[]).find((b) => Array.isArray(b.enum));
    expect(province?.enum).toEqual(PROVINCE_CODES);
    expect(province?.enum).toHaveLength(25);
    expect(hit.properties.investigationRef.pattern).toBe('^[A-Z0-9][A-Z0-9/-]{1,39}$');
    expect(new RegExp(record.properties.caseCode.pattern as string).test('HIT-2025-KQMB-0007')).toBe(true);
    expect(fst.properties.exhibits.items.properties.sha256.pattern).toBe('^[0-9a-f]{64}$');
  });

  it('accepts a file written from its examples, and refuses a victim aged 25 or a date as dd/mm/yyyy', () => {
    const validate = validator();
    const file = exampleFile();
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.summaries.map((s) => s.summary.team)).toEqual(['HIT', 'ICAC', 'FST', 'OVA']);

    const aged25 = structuredClone(file) as Schema;
    aged25.summaries[0].summary.victims[0].age = 25;
    expect(validate(aged25)).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toContainEqual([
      '/summaries/0/summary/victims/0/age',
      'maximum',
    ]);

    const dayFirst = structuredClone(file) as Schema;
    dayFirst.summaries[3].summary.dateReported = '14/03/2025';
    expect(validate(dayFirst)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/summaries/3/summary/dateReported');
  });

  it('describes each line of a version 2 file: the header, every summary, the trailer', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    for (const format of ['date', 'date-time', 'uuid']) ajv.addFormat(format, /./);
    ajv.addSchema(published());
    const id = published().$id as string;
    const [header, summary, trailer] = ['v2Header', 'v2Summary', 'v2Trailer'].map((name) =>
      ajv.compile({ $ref: `${id}#/$defs/${name}` }),
    );
    const { summaries, checksum, formatVersion, ...rest } = exampleFile();
    void checksum;
    void formatVersion;
    const pieces: Buffer[] = [];
    const head = { ...rest, formatVersion: 2 as const, count: summaries.length };
    for await (const piece of writeDataFileV2(head, summaries)) pieces.push(piece);
    const lines = Buffer.concat(pieces)
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Schema);
    expect(header?.(lines[0]), JSON.stringify(header?.errors)).toBe(true);
    for (const line of lines.slice(1, -1)) expect(summary?.(line), JSON.stringify(summary?.errors)).toBe(true);
    expect(trailer?.(lines.at(-1)), JSON.stringify(trailer?.errors)).toBe(true);
    // A header of another version, a summary line with a victim aged 25, a trailer without its digest.
    expect(header?.({ ...lines[0], formatVersion: 3 })).toBe(false);
    const aged25 = structuredClone(lines[1]) as Schema;
    aged25.summary.victims[0].age = 25;
    expect(summary?.(aged25)).toBe(false);
    expect(trailer?.({ ...lines.at(-1), sha256: undefined })).toBe(false);
    expect(header?.(lines[1])).toBe(false);
  });

  it('imports a file written from its examples alone: one new summary per team', async () => {
    const clock = Date.parse('2025-12-20T08:00:00.000Z');
    const { dispatch } = unlockedDispatch(tempDir('schema-examples'), () => new Date(clock));
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.params ?? {});
      return result.value as T;
    };
    const file = exampleFile();
    const preview = await call<{ token: string; counts: Record<string, number>; items: { caseCode: string }[] }>(
      'imports:preview',
      { content: JSON.stringify(file) },
    );
    expect(preview.counts).toMatchObject({ new: 4, refused: 0 });
    await call('imports:apply', { token: preview.token, resolutions: {} });
    const list = await call<{ rows: { caseCode: string; team: string }[] }>('cases:list', { year: 2025 });
    expect(list.rows.map((r) => [r.team, r.caseCode]).sort()).toEqual(
      file.summaries.map((s) => [s.summary.team, s.caseCode]).sort(),
    );
  });
});
