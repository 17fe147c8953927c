import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, onTestFinished } from 'vitest';

/*
 * Temp folders for the unit tests, removed after the test (or the describe) that made them.
 *
 * The order matters: the setup file (close-databases.ts) lets running backups settle and closes
 * every database connection in an afterEach. A folder removed in a test file's own afterEach went
 * first (vitest runs a describe's afterEach before the file's), so a backup still being written
 * could put the folder back. Both removals below run after every afterEach hook of the test
 * (or after the describe's afterAll hooks), so after the databases are closed.
 */

const make = (name: string) => mkdtempSync(join(tmpdir(), `cpu-${name}-`));
const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * A new empty folder `<os temp>/cpu-<name>-XXXXXX` for the running test, removed when the test
 * has finished, pass or fail. Call it in a test or in a beforeEach.
 */
export function tempDir(name: string): string {
  const dir = make(name);
  onTestFinished(() => remove(dir));
  return dir;
}

/**
 * One folder shared by the tests of the enclosing describe (or of the file, at top level), for
 * tests that build on one another or a costly set-up: made before the first test, removed after
 * the describe's afterAll hooks. Call it while the tests are collected; read the path (the
 * returned function) in a hook or a test.
 */
export function sharedTempDir(name: string): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = make(name);
    const made = dir;
    return () => remove(made);
  });
  return () => {
    if (dir === undefined)
      throw new Error(`the shared temp folder "${name}" is made before the first test: read it in a hook or a test`);
    return dir;
  };
}
