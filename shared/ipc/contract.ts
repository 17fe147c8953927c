import { z } from 'zod';
import { CaseRecord, ListCasesRequest, SaveCaseRequest, Year } from '../schemas/case';
import { Settings, UpdateSettingsRequest } from '../schemas/settings';

const NoInput = z.strictObject({});

export const AppInfo = z.strictObject({
  version: z.string(),
  host: z.enum(['electron', 'browser-shell']),
});

/**
 * Every channel between renderer and main, with its input schema (strict: unknown keys
 * are refused) and its output schema. Channel names exist only as keys of this map.
 */
export const contract = {
  'app:info': { input: NoInput, output: AppInfo },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: UpdateSettingsRequest, output: Settings },
  'cases:years': { input: NoInput, output: z.array(Year) },
  'cases:list': {
    input: ListCasesRequest,
    output: z.strictObject({ year: Year, summaries: z.array(CaseRecord) }),
  },
  'cases:save': { input: SaveCaseRequest, output: CaseRecord },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
