import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const heapModule = fileURLToPath(new URL('./heap.ts', import.meta.url));

/**
 * Runs a Node process that keeps batches of small records alive for a while, as an import
 * does, and prints the largest size V8's young generation reached, in megabytes.
 */
function youngGenerationPeakMb(keepSmall: boolean): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    ${keepSmall ? `const { keepYoungGenerationSmall } = await import(${JSON.stringify(heapModule)}); keepYoungGenerationSmall();` : ''}
    const kept = [];
    let largest = 0;
    for (let round = 0; round < 40; round++) {
      const batch = [];
      for (let i = 0; i < 20000; i++) batch.push({ id: 'summary-' + round + '-' + i, ages: [i % 18, 7], line: JSON.stringify({ i, round }) });
      kept.push(batch);
      if (kept.length > 8) kept.shift();
      const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
      largest = Math.max(largest, young?.space_size ?? 0);
    }
    console.log(Math.round(largest / 2 ** 20));
  `;
  // The young generation's largest size is V8's to choose by version and memory: set it, so the
  // process without the setting grows the same way on every machine.
  const out = execFileSync(process.execPath, ['--max-semi-space-size=32', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

describe('keepYoungGenerationSmall', () => {
  it('stops the young generation from growing under a long allocation, which it otherwise does', () => {
    const grown = youngGenerationPeakMb(false);
    const kept = youngGenerationPeakMb(true);
    // Without it V8 doubles the young generation up to its largest (96 MB); with it, it stays as it starts.
    expect(grown).toBeGreaterThanOrEqual(64);
    expect(kept * 4).toBeLessThanOrEqual(grown);
  }, 30_000);
});
