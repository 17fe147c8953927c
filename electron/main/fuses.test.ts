import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  asar?: boolean;
  files?: string[];
  electronFuses?: Record<string, unknown>;
};

/**
 * The packaged app's fuses (flipped in the Electron binary at build time): no running as
 * plain Node, no NODE_OPTIONS or --inspect, code only from the integrity-checked asar,
 * cookies encrypted, no extra file:// privileges.
 */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml', () => {
  it.each(Object.entries(EXPECTED_FUSES))('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('names only fuses electron-builder knows (a typo would be silently ignored)', () => {
    const require = createRequire(import.meta.url);
    const schemePath = join(require.resolve('app-builder-lib/package.json'), '..', 'scheme.json');
    const scheme = JSON.parse(readFileSync(schemePath, 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses ?? {}).filter((fuse) => !known.includes(fuse))).toEqual([]);
  });

  it('packs the app into an asar, which the asar fuses need, without the browser shell or source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', '!out/**/*.map', '!out/shell/**/*']));
  });
});
