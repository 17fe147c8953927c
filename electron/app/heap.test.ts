import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const heapModule = fileURLToPath(new URL('./heap.ts', import.meta.url));

/**
 * Runs a Node process that keeps batches of small records alive for a while, as an import
 * does, and gives the size of V8's young generation before it and the largest it reached.
 */
function youngGeneration(keepSmall: boolean): { start: number; largest: number } {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    ${keepSmall ? `const { keepYoungGenerationSmall } = await import(${JSON.stringify(heapModule)}); keepYoungGenerationSmall();` : ''}
    const size = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
    const start = size();
    const kept = [];
    let largest = start;
    for (let round = 0; round < 40; round++) {
      const batch = [];
      for (let i = 0; i < 20000; i++) batch.push({ id: 'summary-' + round + '-' + i, ages: [i % 18, 7], line: JSON.stringify({ i, round }) });
      kept.push(batch);
      if (kept.length > 8) kept.shift();
      largest = Math.max(largest, size());
    }
    console.log(JSON.stringify({ start, largest }));
  `;
  // The young generation's largest size is V8's to choose by version and memory: set it, so the
  // process without the setting grows the same way on every machine.
  const out = execFileSync(process.execPath, ['--max-semi-space-size=32', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { start: number; largest: number };
}

describe('keepYoungGenerationSmall', () => {
  it('keeps the young generation far smaller under a long allocation than it otherwise grows', () => {
    const grown = youngGeneration(false);
    const kept = youngGeneration(true);
    // Without it V8 doubles the young generation to its largest here (64 MB); with it, it grows
    // far less (2–17 MB seen: other growth paths remain).
    const mb = (bytes: number) => bytes / 2 ** 20;
    expect(mb(grown.largest)).toBeGreaterThanOrEqual(48);
    expect(mb(kept.largest) * 2).toBeLessThanOrEqual(mb(grown.largest));
  }, 30_000);
});
