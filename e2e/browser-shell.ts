import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';

/** Chromium flags for tests and the benchmark: no sandbox (containers), nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium where there is one, else Playwright's own (`playwrights`, its path); say
 * what to install if neither. Playwright is the caller's import, not this module's: the
 * benchmark's measuring processes load this module and only some of them drive a browser.
 */
export function chromiumExecutable(playwrights: string): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(playwrights)) return undefined;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) ' +
      'or `npx playwright install chromium`.',
  );
}

export interface ShellProcess {
  /** The printed address: opens the app once (then its token is spent). */
  url: string;
  origin: string;
  /** `url`'s one-time token. */
  token: string;
  child: ChildProcess;
  /** Asks the shell for a new one-time address, as an officer pressing Enter in its window. */
  newAddress(): Promise<string>;
  /**
   * Spends a new address outside any browser and returns the `Cookie` header it earned: for
   * specs that call the shell's HTTP API directly, as the app's page does.
   */
  cookie(): Promise<string>;
}

/** Starts the built browser shell (`out/shell/main.js`) on a data folder and waits for the address it prints. */
export async function spawnShell(shellMain: string, dataDir: string): Promise<ShellProcess> {
  const child = spawn(process.execPath, [shellMain, '--data', dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const printed: string[] = [];
  const waiting: { resolve: (address: string) => void; reject: (error: Error) => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const all = [...output.matchAll(/Open: (\S+)\n/g)].map((match) => match[1] ?? '');
    for (const address of all.slice(printed.length)) {
      printed.push(address);
      waiting.shift()?.resolve(address);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.once('exit', (code) => {
    for (const waiter of waiting.splice(0)) waiter.reject(new Error(`the browser shell exited (${code}):\n${output}`));
  });
  /** The next address the shell prints. */
  const next = (what: string) =>
    new Promise<string>((resolve, reject) => {
      const waiter = {
        resolve: (address: string) => {
          clearTimeout(timer);
          resolve(address);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(waiter), 1);
        reject(new Error(`${what}:\n${output}`));
      }, 20_000);
      waiting.push(waiter);
    });
  const url = await next('the browser shell did not start');
  const parsed = new URL(url);
  const newAddress = () => {
    const address = next('the browser shell printed no new address');
    child.stdin?.write('\n');
    return address;
  };
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    child,
    newAddress,
    cookie: async () => {
      const response = await fetch(await newAddress(), { redirect: 'manual' });
      const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
      if (response.status !== 303 || !cookie) throw new Error(`the shell gave no cookie (${response.status})`);
      return cookie;
    },
  };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
