import { readdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { startShellApp } from './hosts';

/**
 * The browser shell's HTTP door: only the page it served, holding the per-run token, may
 * call the contract. (Electron has no HTTP door; its sender check is unit-tested.)
 */
test('the shell refuses requests without the token and malformed payloads, writing nothing', async ({ browser, app }) => {
  const { shell, stop } = await startShellApp(browser, app.dataDir);
  try {
    const api = `${shell.origin}/ipc/cases:save`;
    const valid = { summary: { investigationRef: 'CPU-2025-001', team: 'HIT', dateReported: '2025-01-02' } };

    const noToken = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(valid) });
    expect(noToken.status).toBe(403);

    const wrongToken = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': 'not-the-token' },
      body: JSON.stringify(valid),
    });
    expect(wrongToken.status).toBe(403);

    const page = await fetch(`${shell.origin}/`);
    expect(page.status).toBe(403);

    const malformed = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': shell.token },
      body: JSON.stringify({ summary: { ...valid.summary, dateReported: 'yesterday' }, extra: 1 }),
    });
    const result = (await malformed.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');

    const notJson = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': shell.token },
      body: '{"summary":',
    });
    expect(((await notJson.json()) as { ok: boolean }).ok).toBe(false);

    expect((await readdir(app.dataDir)).filter((f) => f.startsWith('cases-'))).toEqual([]);
  } finally {
    await stop();
  }
});

test('the shell sends the strict Content-Security-Policy with the page', async ({ app }) => {
  const response = await app.page.reload();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
});
