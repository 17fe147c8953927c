import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';

const FILE = 'sign-in-failures.json';
const MAX = 1000;

const Failures = z.array(z.strictObject({ accountId: z.string().max(64), at: z.iso.datetime() })).max(MAX);
export type SignInFailure = z.output<typeof Failures>[number];

/**
 * Failed sign-ins happen while the data key is not here, so they cannot go into the sealed
 * access log at once: they wait in a small plain file (account ids and times, nothing else)
 * and move into the log at the next sign-in.
 */
export class SignInFailures {
  readonly #path: string;

  constructor(dir: string) {
    this.#path = join(dir, FILE);
  }

  note(failure: SignInFailure): void {
    writeFileAtomic(this.#path, JSON.stringify([...this.#read(), failure].slice(-MAX)));
  }

  /** The waiting failures, oldest first, removed once `record` has taken them. */
  drain(record: (failure: SignInFailure) => void): void {
    const failures = this.#read();
    failures.forEach(record);
    if (failures.length > 0) rmSync(this.#path, { force: true });
  }

  #read(): SignInFailure[] {
    if (!existsSync(this.#path)) return [];
    try {
      return Failures.parse(JSON.parse(readFileSync(this.#path, 'utf8')));
    } catch {
      // Only a waiting list: a damaged one is replaced by the next failure, and said so in the log.
      return [{ accountId: 'unreadable-list', at: new Date(0).toISOString() }];
    }
  }
}
