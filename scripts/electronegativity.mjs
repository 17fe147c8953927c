// Electron's security checklist, checked: runs Electronegativity over the main-process and
// preload sources (electron/) and the built renderer (out/renderer), reads its CSV, and
// fails on any HIGH or MEDIUM finding that has not been reviewed below. The tool itself
// always exits 0, so its CSV is the verdict. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');

/**
 * Findings a person has reviewed and accepted, each pinned to its file. Only checks the
 * tool itself marks for manual review belong here; anything else is fixed in the code.
 */
const REVIEWED = [
  {
    issue: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    reason:
      'The tool flags every preload. Ours (electron/preload/index.ts) runs sandboxed with context isolation and exposes, ' +
      'through contextBridge, one method per contract channel and a lock notification; never ipcRenderer or Node.',
  },
];

/** RFC 4180-style rows: quoted fields may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((f) => f !== ''));
}

const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('[electronegativity] out/renderer is missing: run `npm run build` first.');
  process.exit(1);
}

// One input folder holding both, so global checks (CSP, permission handler) see the whole app.
const work = mkdtempSync(join(tmpdir(), 'cpu-electronegativity-'));
try {
  const input = join(work, 'app');
  cpSync(join(root, 'electron'), join(input, 'electron'), {
    recursive: true,
    filter: (src) => !/\.test\.ts$/.test(src),
  });
  cpSync(rendererDir, join(input, 'renderer'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const electronVersion = String(pkg.devDependencies.electron).replace(/^[^\d]*/, '');
  const csv = join(work, 'findings.csv');
  const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const offline = pathToFileURL(join(root, 'scripts', 'electronegativity-offline.mjs')).href;
  const run = spawnSync(
    process.execPath,
    ['--import', offline, cli, '-i', input, '-o', csv, '-r', '-v', 'false', '-e', electronVersion],
    {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en-US' },
    },
  );
  if (!existsSync(csv)) {
    console.error(
      `[electronegativity] the tool wrote no findings file (exit ${run.status}):\n${run.stdout}\n${run.stderr}`,
    );
    process.exit(1);
  }
  const [header, ...rows] = parseCsv(readFileSync(csv, 'utf8'));
  const col = (name) => header.indexOf(name);
  const findings = rows.map((r) => ({
    issue: r[col('issue')],
    severity: r[col('severity')],
    confidence: r[col('confidence')],
    file: r[col('filename')],
    location: r[col('location')],
    description: r[col('description')],
  }));
  const reviewed = (f) => REVIEWED.find((r) => r.issue === f.issue && r.file === f.file);
  const blocking = findings.filter((f) => ['HIGH', 'MEDIUM'].includes(f.severity) && !reviewed(f));
  for (const f of findings) {
    const note = reviewed(f) ? ` (reviewed: ${reviewed(f).reason})` : '';
    console.log(
      `[electronegativity] ${f.severity} ${f.confidence} ${f.issue} ${f.file}:${f.location} ${f.description}${note}`,
    );
  }
  if (blocking.length > 0) {
    console.error(`[electronegativity] ${blocking.length} HIGH or MEDIUM finding(s) to fix:`);
    for (const f of blocking) console.error(`  ${f.severity} ${f.issue} at ${f.file}:${f.location}: ${f.description}`);
    process.exit(1);
  }
  console.log(
    `[electronegativity] ${findings.length} finding(s), none HIGH or MEDIUM unreviewed (Electron ${electronVersion}).`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
