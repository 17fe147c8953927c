import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { startShellApp } from './hosts';

/** Summaries of 2025 stored in the data folder, read through the page's own API. */
const stored2025 = (page: Page) =>
  page.evaluate(async () => {
    const result = await window.cpu.cases.list({ year: 2025 });
    return result.ok ? result.value.rows.length : -1;
  });

/**
 * The browser shell's HTTP door: only a browser that opened a printed address (once) holds
 * the session cookie that may call the contract. (Electron has no HTTP door; its sender
 * check is unit-tested.)
 */
test('the shell refuses requests without the session cookie and malformed payloads, writing nothing', async ({
  browser,
}) => {
  // A folder of its own: the case database is held by one app at a time.
  const dataDir = await mkdtemp(join(tmpdir(), 'cpu-e2e-door-'));
  const { shell, page: shellPage, stop } = await startShellApp(browser, dataDir);
  try {
    const api = `${shell.origin}/ipc/cases:save`;
    const valid = { summary: sampleSummary('HIT') };
    // The page spent the printed address: opened again (from the history, another browser), it opens nothing.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    expect((await otherPage.goto(shell.url))?.status()).toBe(403);
    await expect(otherPage.getByRole('heading')).toHaveText('Open the app with a new address');
    await other.close();
    const cookie = await shell.cookie();

    const noToken = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(valid),
    });
    expect(noToken.status).toBe(403);

    const wrongToken = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': shell.token, Cookie: `${cookie}-not` },
      body: JSON.stringify(valid),
    });
    expect(wrongToken.status).toBe(403);

    const page = await fetch(`${shell.origin}/`);
    expect(page.status).toBe(403);

    const malformed = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({
        summary: { ...valid.summary, suspects: [{ ...valid.summary.suspects[0], age: 'forty' }] },
      }),
    });
    const result = (await malformed.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('summary.suspects.0.age');

    const extraKey = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ ...valid, officer: 'someone else' }),
    });
    expect(((await extraKey.json()) as { ok: boolean }).ok).toBe(false);

    const notJson = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{"summary":',
    });
    expect(((await notJson.json()) as { ok: boolean }).ok).toBe(false);

    expect(await stored2025(shellPage)).toBe(0);

    // The same request, well formed and with the cookie, is accepted: the refusals above were
    // about the cookie and the payload, nothing else.
    const accepted = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(valid),
    });
    expect(((await accepted.json()) as { ok: boolean }).ok).toBe(true);
    expect(await stored2025(shellPage)).toBe(1);
  } finally {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the shell sends the strict Content-Security-Policy with the page', async ({ app }) => {
  const response = await app.page.reload();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
});
