import { readdir } from 'node:fs/promises';
import { sampleSummary } from '../shared/testing/samples';
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
    const valid = { summary: sampleSummary('HIT') };

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
      body: JSON.stringify({ summary: { ...valid.summary, suspects: [{ ...valid.summary.suspects[0], age: 'forty' }] } }),
    });
    const result = (await malformed.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('summary.suspects.0.age');

    const extraKey = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': shell.token },
      body: JSON.stringify({ ...valid, officer: 'someone else' }),
    });
    expect(((await extraKey.json()) as { ok: boolean }).ok).toBe(false);

    const notJson = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': shell.token },
      body: '{"summary":',
    });
    expect(((await notJson.json()) as { ok: boolean }).ok).toBe(false);

    expect((await readdir(app.dataDir)).filter((f) => f.startsWith('cases-'))).toEqual([]);

    // The same request, well formed and with the token, is accepted: the refusals above were
    // about the token and the payload, nothing else.
    const accepted = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': shell.token },
      body: JSON.stringify(valid),
    });
    expect(((await accepted.json()) as { ok: boolean }).ok).toBe(true);
    expect((await readdir(app.dataDir)).filter((f) => f.startsWith('cases-'))).toEqual(['cases-2025.json']);
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
