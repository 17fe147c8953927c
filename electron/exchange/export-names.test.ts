import { describe, expect, it } from 'vitest';
import { placedFileName } from './export-service';

const DAY = new Date(2026, 11, 2, 9, 30);
const PC_ID = '5f0c2d9e-1b7a-4c3e-9a55-3f1e2d4c6b7a';

describe('export file names', () => {
  it('carry the PC’s name and the day, so two PCs’ files never take each other’s place', () => {
    expect(placedFileName('cpu-data-2025.json', { pcId: PC_ID, pcName: 'OVA office 2' }, DAY)).toBe(
      'cpu-data-2025-ova-office-2-2026-12-02.json',
    );
    expect(placedFileName('cpu-totals-2025-unsuppressed.csv', { pcId: PC_ID, pcName: 'HIT / Kampot' }, DAY)).toBe(
      'cpu-totals-2025-unsuppressed-hit-kampot-2026-12-02.csv',
    );
  });

  it('keep a Khmer PC name readable, and use the PC id where the PC has no name', () => {
    expect(placedFileName('cpu-cases-2025.zip', { pcId: PC_ID, pcName: 'ការិយាល័យ OVA' }, DAY)).toBe(
      'cpu-cases-2025-ការិយាល័យ-ova-2026-12-02.zip',
    );
    expect(placedFileName('cpu-data-2025.json', { pcId: PC_ID, pcName: '' }, DAY)).toBe(
      'cpu-data-2025-pc-5f0c2d9e-2026-12-02.json',
    );
    expect(placedFileName('cpu-data-2025.json', { pcId: PC_ID, pcName: '../../etc' }, DAY)).toBe(
      'cpu-data-2025-etc-2026-12-02.json',
    );
  });
});
