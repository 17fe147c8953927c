import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import boundaries in eslint.config.js, proved with the project's real config: a probe file
 * (never written to disk) is linted as if it sat at `file`, and must give exactly the expected
 * reports. Each probe is a bare `import '…';` on its own line, so no other rule (unused names and
 * such) speaks up and each report points at its import. One lint per file keeps this quick.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESTRICTED = 'no-restricted-imports';
const FOLDERS = 'local/folder-imports';

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  // The first lint loads parsers and plugins; the probes after it are quick.
  await eslint.lintText('', { filePath: 'renderer/features/totals/probe.tsx' });
}, 30_000);

async function reportsFor(file: string, ...sources: string[]) {
  const code = sources.map((source) => `import '${source}';\n`).join('');
  const [result] = await eslint.lintText(code, { filePath: file });
  if (!result) throw new Error(`no lint result for ${file}`);
  return result.messages.map(({ line, ruleId, message }) => ({ source: sources[line - 1], ruleId, message }));
}

/** Rows grouped by their first column, in first-seen order. */
function byFile<Row extends [string, ...unknown[]]>(rows: Row[]): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row[0], [...(groups.get(row[0]) ?? []), row]);
  return [...groups];
}

/** [file the probe sits in, the import, the rule that must refuse it, a phrase of its message]. */
const refused: [string, string, string, string][] = [
  // 1. shared/ reaches into neither process.
  ['shared/domain/probe.ts', '../../renderer/lib/api', FOLDERS, 'shared/ is imported by both processes'],
  ['shared/domain/probe.ts', '../../electron/app/handlers', FOLDERS, 'shared/ is imported by both processes'],
  [
    'shared/i18n/en/probe.ts',
    '../../../renderer/features/totals/totals-page',
    FOLDERS,
    'renderer/features/totals/totals-page',
  ],
  ['shared/domain/probe.ts', 'electron', RESTRICTED, 'Only electron/ may use Electron'],
  ['shared/domain/probe.ts', 'node:fs', RESTRICTED, 'no Node built-ins'],
  ['shared/domain/probe.ts', 'exceljs', RESTRICTED, 'browser-safe packages'],
  // 2. The page loads only browser-safe packages.
  ['renderer/features/totals/probe.tsx', 'exceljs', RESTRICTED, 'browser-safe packages'],
  ['renderer/features/totals/probe.tsx', 'electron-store', RESTRICTED, 'browser-safe packages'],
  ['renderer/lib/probe.ts', 'conf', RESTRICTED, 'browser-safe packages'],
  ['renderer/components/probe.tsx', 'fflate', RESTRICTED, 'browser-safe packages'],
  ['renderer/app/probe.tsx', 'yaml', RESTRICTED, 'browser-safe packages'],
  ['renderer/features/totals/probe.tsx', 'electron', RESTRICTED, 'Only electron/ may use Electron'],
  ['renderer/features/totals/probe.tsx', 'node:fs', RESTRICTED, 'no Node built-ins'],
  ['renderer/main.tsx', 'fs', RESTRICTED, 'no Node built-ins'],
  ['renderer/features/totals/probe.tsx', 'vitest', RESTRICTED, 'TEST_PACKAGES for tests'],
  ['renderer/features/totals/probe.tsx', '@testing-library/react', RESTRICTED, 'TEST_PACKAGES for tests'],
  ['renderer/features/totals/probe.tsx', 'React', RESTRICTED, 'browser-safe packages'],
  ['renderer/features/totals/probe.tsx', 'react-domino', RESTRICTED, 'browser-safe packages'],
  ['renderer/features/totals/probe.tsx', '../../../electron/main/window', FOLDERS, 'a feature imports its own folder'],
  ['renderer/app/probe.tsx', '../../electron/preload/index', FOLDERS, 'only through window.cpu'],
  // 3. A feature builds on lib, components and shared/; lib and components know no feature.
  ['renderer/features/totals/probe.tsx', '../case-form/case-form', FOLDERS, 'a feature imports its own folder'],
  [
    'renderer/features/totals/probe.tsx',
    '../../features/lock/lock-button',
    FOLDERS,
    'renderer/features/lock/lock-button',
  ],
  ['renderer/features/totals/probe.tsx', '../../app/screens', FOLDERS, 'leave wiring to renderer/app/'],
  ['renderer/features/totals/probe.tsx', '../../test/report', FOLDERS, 'tests also renderer/test/'],
  [
    'renderer/features/case-form/sub/probe.tsx',
    '../../totals/totals-page',
    FOLDERS,
    'a feature imports its own folder',
  ],
  ['renderer/lib/probe.ts', '../features/totals/totals-page', FOLDERS, 'import no feature or app code'],
  ['renderer/lib/probe.ts', '../app/app', FOLDERS, 'import no feature or app code'],
  ['renderer/components/probe.tsx', '../features/lock/lock-button', FOLDERS, 'import no feature or app code'],
  ['renderer/components/probe.test.tsx', '../app/screens', FOLDERS, 'import no feature or app code'],
  ['renderer/lib/api.ts', '../features/lock/lock-button', FOLDERS, 'import no feature or app code'],
  // 4. Node built-ins carry the node: prefix everywhere.
  ['electron/main/probe.ts', 'fs', RESTRICTED, "Write 'node:fs'"],
  ['electron/storage/probe.ts', 'fs/promises', RESTRICTED, "Write 'node:fs/promises'"],
  ['electron/testing/probe.ts', 'child_process', RESTRICTED, "Write 'node:child_process'"],
  ['electron/storage/probe.ts', 'worker_threads', RESTRICTED, "Write 'node:worker_threads'"],
  ['e2e/probe.ts', 'path', RESTRICTED, "Write 'node:path'"],
  ['bench/lib/probe.ts', 'os', RESTRICTED, "Write 'node:os'"],
  ['scripts/probe.mjs', 'crypto', RESTRICTED, "Write 'node:crypto'"],
  ['shared/domain/probe.test.ts', 'zlib', RESTRICTED, "Write 'node:zlib'"],
];

/** [file the probe sits in, imports it may make without a single report]. */
const allowed: [string, string[]][] = [
  [
    'renderer/features/totals/probe.tsx',
    [
      'react',
      'react-dom/client',
      'react-hook-form',
      '@hookform/resolvers/zod',
      'zod',
      '@tanstack/react-virtual',
      '@fontsource/noto-sans-khmer/khmer-400.css',
      './totals-page',
      '../totals/drill-down',
      '../../lib/api',
      '../../components/error-banner',
      '../../../shared/domain/teams',
      './totals.css',
    ],
  ],
  [
    'renderer/features/totals/probe.test.tsx',
    [
      'vitest',
      '@testing-library/react',
      '@testing-library/user-event',
      '../../test/report',
      '../../../shared/testing/records',
    ],
  ],
  [
    'renderer/app/probe.tsx',
    ['../features/totals/totals-page', '../features/lock/lock-button', '../lib/router', 'react'],
  ],
  ['renderer/lib/probe.ts', ['./api', '../components/error-banner', '../../shared/ipc/api', 'react']],
  ['renderer/components/probe.tsx', ['../lib/i18n', './case-rows.css', '@tanstack/react-virtual']],
  ['renderer/lib/api.ts', ['../../electron/preload/index']],
  ['renderer/main.tsx', ['./app/app', './styles.css', '@fontsource/noto-sans-khmer/khmer-700.css']],
  ['shared/domain/probe.ts', ['zod', '../ipc/api', './teams', '../data/provinces.csv?raw']],
  ['shared/domain/probe.test.ts', ['vitest', 'node:fs', 'node:path']],
  [
    'electron/main/probe.ts',
    ['electron', 'node:fs', 'node:fs/promises', 'exceljs', 'electron-store', '../../shared/ipc/api'],
  ],
  ['scripts/probe.mjs', ['node:child_process', 'esbuild']],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(byFile(refused))('%s: refuses each probe import', async (file, probes) => {
    const reports = await reportsFor(file, ...probes.map(([, source]) => source));
    // Exactly one report per import: the boundary's own, not a pile of overlapping ones.
    expect(reports).toEqual(
      probes.map(([, source, ruleId, phrase]) => ({
        source,
        ruleId,
        message: expect.stringMatching(new RegExp(`^'${escape(source)}' .*${escape(phrase)}`)),
      })),
    );
  });

  it.each(allowed)('%s: allows what it may import', async (file, sources) => {
    expect(await reportsFor(file, ...sources)).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
