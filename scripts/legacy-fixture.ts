/**
 * Writes a data folder as the release before the database wrote it (year files, drafts, year
 * settings, backups, all sealed), through that release's own handlers. Run at commit d0f85ba:
 *   npx esbuild scripts/legacy-fixture.ts --bundle --platform=node --format=esm \
 *     --banner:js="import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" \
 *     --outfile=out/legacy-fixture.mjs && node out/legacy-fixture.mjs electron/migration/fixtures/release-0.1
 * The migration test opens the result with the test passphrase and checks that nothing is lost.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseRecord } from '../shared/schemas/case';
import { sampleSummary } from '../shared/testing/samples';
import { unlockedDispatch } from '../electron/testing/unlocked-app';

const dir = resolve(process.argv[2] ?? 'legacy-fixture');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let clock = Date.parse('2025-06-02T08:00:00.000Z');
const now = () => new Date((clock += 60_000));
const { dispatch } = unlockedDispatch(dir, now);

async function call<T>(channel: Parameters<typeof dispatch>[0], payload: unknown): Promise<T> {
  const result = await dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

await call('settings:update', { officerName: 'Sok Dara', pcName: 'Office PC 1' });
const saved: CaseRecord[] = [];
const teams = ['HIT', 'FST', 'OVA', 'ICAC'] as const;
for (const [year, month] of [
  [2024, '03'],
  [2024, '11'],
  [2025, '02'],
  [2025, '05'],
] as const) {
  for (const team of teams) {
    const dated = JSON.stringify(sampleSummary(team, `CPU-${year}-0${month}`)).replaceAll(
      '2025-03-',
      `${year}-${month}-`,
    );
    const summary = { ...(JSON.parse(dated) as object), dateReported: `${year}-${month}-15` };
    saved.push(await call<CaseRecord>('cases:save', { summary }));
  }
}
// An edit (history grows), a move to another year, a summary in the bin.
const first = saved[8] as CaseRecord;
await call('cases:save', {
  id: first.id,
  expectedRevision: 1,
  summary: { ...first.summary, district: 'Daun Penh', status: 'closed' },
});
const moved = saved[5] as CaseRecord;
await call('cases:save', {
  id: moved.id,
  expectedRevision: 1,
  summary: { ...moved.summary, dateReported: '2025-01-20' },
});
const binned = saved[10] as CaseRecord;
await call('cases:delete', { id: binned.id, expectedRevision: 1 });
await call('drafts:save', { key: 'new:HIT', values: { team: 'HIT', narrative: 'ព្រឹកនេះ draft kept' } });
await call('years:setSpending', { year: 2024, spending: { HIT: 120_000, OVA: 80_000 } });
await call('years:close', { year: 2024 });
console.log(`legacy data folder written: ${saved.length} summaries`);
