import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileJsonSchema } from './data-file-schema';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'data-file.schema.json');

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
});
