import { z } from 'zod';
import { DataFile } from './data-file';

/**
 * The JSON Schema of a yearly data file, generated from the same zod schemas the app checks
 * imports with. Cross-field rules (an offence date not after the report date, ...) cannot be
 * expressed in JSON Schema; docs/data-file.md lists them.
 */
export function dataFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DataFile, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://cpu-case-register.invalid/schemas/year-data-1.json',
    title: 'CPU Case Register yearly data file, format version 1',
  };
}
