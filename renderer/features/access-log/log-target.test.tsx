import { describe, expect, it } from 'vitest';
import { logTarget } from './log-target';

const en = { language: 'en', digits: 'latin' } as const;
const km = { language: 'km', digits: 'khmer' } as const;

describe("the access log's 'On' column, in the officer's words", () => {
  it('names exports, prints, history fields and settings instead of their codes', () => {
    expect(logTarget({ action: 'export', target: 'year-file-plain 2025 cpu-data-2025-pc.jsonl' }, en)).toBe(
      'Yearly data file (for merging on another PC), plain 2025 cpu-data-2025-pc.jsonl',
    );
    expect(
      logTarget({ action: 'export', target: 'year-file-protected 2025 cpu-data-2025.cpudata (not saved)' }, en),
    ).toBe(
      'Yearly data file (for merging on another PC), protected with a passphrase 2025 cpu-data-2025.cpudata (not saved)',
    );
    expect(logTarget({ action: 'export', target: 'cases-csv 2025 cpu-cases-2025.zip' }, en)).toMatch(
      /^Summaries as CSV for Excel \(zip\) 2025 /,
    );
    expect(logTarget({ action: 'case-print', target: 'case HIT-2025-0001' }, en)).toBe('Summary HIT-2025-0001');
    expect(logTarget({ action: 'case-redact', target: 'HIT-2025-0001 suspects.1.charges' }, en)).toMatch(
      /^HIT-2025-0001 › Suspect 2 › /,
    );
    expect(logTarget({ action: 'backup-restore', target: '17' }, en)).toBe('Backup 17');
    expect(logTarget({ action: 'backup-restore', target: '17' }, km)).toBe('ច្បាប់បម្រុងទុកលេខ ១៧');
    expect(logTarget({ action: 'settings-change', target: 'binRetentionDays=30; pcName=OVA 2' }, en)).toBe(
      'Purge summaries from the bin after this many days: 30; This PC’s name: OVA 2',
    );
  });

  it('leaves no code in the Khmer screen, and shows what it does not know as stored', () => {
    const printed = logTarget({ action: 'case-print', target: 'report 2025' }, km);
    expect(printed).toBe('របាយការណ៍ប្រចាំឆ្នាំ 2025');
    expect(logTarget({ action: 'export', target: 'year-file-plain 2025 f.jsonl' }, km)).not.toMatch(/year-file/);
    expect(logTarget({ action: 'case-open', target: 'OVA-2025-0003' }, km)).toBe('OVA-2025-0003');
    expect(logTarget({ action: 'export', target: 'something-else 2025' }, en)).toBe('something-else 2025');
  });
});
