import { writeSync } from 'node:fs';
import type { CaseInput, CaseRecord, CaseRow } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { signIn, TEST_KDF } from './unlocked-app';

/**
 * The crash test's child (bundled by the test): unlocks a data folder and saves summaries in
 * a loop until killed, writing `ACK <id> <revision>` to stdout only after a save returned.
 * Half the saves create, half edit a known summary, some moving it to the other year.
 */
const dir = process.argv[2] ?? '';
const dispatch = createDispatcher(
  createHandlers(confStorage(dir), { version: 'crash', host: 'browser-shell' }, undefined, { kdf: TEST_KDF }),
);
const say = (line: string) => writeSync(1, `${line}\n`);

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function summaryFor(year: number, n: number): CaseInput {
  const base = sampleSummary('OVA', `CPU-${year}-${String(n % 10_000).padStart(4, '0')}`);
  return { ...base, dateReported: `${year}-03-14`, offenceDate: `${year}-03-10`, district: `District ${n}` };
}

const known = new Map<string, { revision: number; investigationRef: string }>();
await signIn(dispatch);
for (const year of await call<number[]>('cases:years', {})) {
  // Each summary is one row in one year: listed once.
  for (const row of (await call<{ rows: CaseRow[] }>('cases:list', { year })).rows) {
    if (known.has(row.id)) throw new Error(`${row.id} is listed in two years`);
    known.set(row.id, row);
  }
}
say(`READY ${known.size}`);

for (let n = 0; ; n += 1) {
  const ids = [...known.keys()];
  const id = ids.length > 0 && Math.random() < 0.5 ? ids[Math.floor(Math.random() * ids.length)] : undefined;
  const year = Math.random() < 0.5 ? 2024 : 2025;
  const previous = id ? known.get(id) : undefined;
  const command = previous
    ? {
        id,
        expectedRevision: previous.revision,
        summary: { ...summaryFor(year, n), investigationRef: previous.investigationRef },
      }
    : { summary: summaryFor(year, n) };
  const saved = await call<CaseRecord>('cases:save', command);
  known.set(saved.id, { revision: saved.revision, investigationRef: saved.summary.investigationRef });
  say(`ACK ${saved.id} ${saved.revision}`);
}
