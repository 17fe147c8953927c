import { toIsoDate } from '../domain/dates';
import type { Team } from '../domain/teams';
import { sampleSummary } from '../testing/samples';

/**
 * What the case schema's tests share: a team's sample with some fields changed, and the shape of
 * a rule's row. A module of its own because the rules are tested in several files, by area
 * (common fields, then each team's).
 */

export const REMOVE = Symbol('remove');
export type Changes = Record<string, unknown>;

/** The team's sample with some fields changed, by dotted path (`suspects.0.arrestDate`). */
export function variant(team: Team, changes: Changes): Record<string, unknown> {
  const summary = structuredClone(sampleSummary(team)) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node = summary;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === REMOVE) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return summary;
}

export const tomorrow = toIsoDate(new Date(Date.now() + 36 * 3600 * 1000));
export const hash = 'AB'.repeat(32);
/** `n` copies of one repeat-group row: a group at its bound, or one past it. */
export const many = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => structuredClone(row));

/**
 * One row per rule: the team, a change the rule accepts, a change it refuses, and the exact
 * issues (path inside the summary: message key) the refusal gives: only its own, since
 * cross-field rules stay silent while a date they compare is empty or not a date.
 */
export type Rule = [rule: string, team: Team, valid: Changes, invalid: Changes, expected: string[]];
