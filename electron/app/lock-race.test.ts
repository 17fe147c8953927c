import { beforeEach, describe, expect, it } from 'vitest';
import { sampleSummary } from '../../shared/testing/samples';
import { tempDir } from '../testing/temp-dir';
import { unlockedDispatch } from '../testing/unlocked-app';

describe('a lock while a data request is under way', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('lock-race');
  });

  it('answers `locked` instead of handing case data to a screen that was locked meanwhile', async () => {
    const { dispatch } = unlockedDispatch(dir, () => new Date('2025-04-01T08:00:00.000Z'));
    const saved = await dispatch('cases:save', { summary: sampleSummary('HIT') });
    expect(saved.ok).toBe(true);
    // The case-level workbook is built asynchronously; the officer locks the PC meanwhile.
    const exporting = dispatch('exports:create', { year: 2025, format: 'cases-xlsx' });
    const locked = await dispatch('session:lock', {});
    expect(locked.ok).toBe(true);
    const result = await exporting;
    expect(result.ok ? 'ok' : result.error.code).toBe('locked');
  });
});
