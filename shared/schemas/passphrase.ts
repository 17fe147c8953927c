import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { z } from 'zod';

/** Words anyone at the unit would guess first. */
const UNIT_WORDS = [
  'cpu',
  'case',
  'register',
  'child',
  'protection',
  'unit',
  'cambodia',
  'phnom',
  'penh',
  'police',
  'khmer',
];

/** Rules for a new passphrase; shown beside the field and checked again in main. */
export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 256;
const MIN_DISTINCT = 6;

export const PASSPHRASE_RULES = [
  'v.keyPassphrase.short',
  'v.keyPassphrase.variety',
  'v.keyPassphrase.common',
  'v.keyPassphrase.long',
] as const;

/** zxcvbn's score (0 to 4) a new passphrase must reach: 3 is "safely unguessable" by its authors' measure. */
export const STRONG_ENOUGH = 3;

type Score = 0 | 1 | 2 | 3 | 4;

let estimator: ZxcvbnFactory | undefined;
let loading: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn-ts and its dictionaries, loaded on first use: they take tens of megabytes once built,
 * and most sessions (in main, every one that sets no passphrase) never rate one.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    estimator = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary, unit: UNIT_WORDS },
      graphs: common.adjacencyGraphs,
    });
    return estimator;
  });
  // A failed load (a chunk that did not arrive) is tried again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}

const scoreOf = (rater: ZxcvbnFactory, passphrase: string): Score =>
  rater.check(passphrase.slice(0, PASSPHRASE_MAX)).score;

/**
 * How hard a passphrase is to guess, by zxcvbn-ts (a maintained port of Dropbox's estimator:
 * common passwords, names, words, keyboard patterns, dates, l33t). The score alone is used, so
 * the officer reads the same verdict in both languages.
 */
export async function passphraseStrength(passphrase: string): Promise<{ score: Score }> {
  return { score: scoreOf(estimator ?? (await loadEstimator()), passphrase) };
}

/** `passphraseStrength` at once, once the estimator is loaded (by an earlier rating); undefined before. */
export function passphraseStrengthNow(passphrase: string): { score: Score } | undefined {
  return estimator ? { score: scoreOf(estimator, passphrase) } : undefined;
}

export type PassphraseRule = (typeof PASSPHRASE_RULES)[number];

/** Phrases an attacker tries first; compared without case, spaces or punctuation. */
const COMMON = [
  'password',
  'passphrase',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'cpucaseregister',
  'childprotectionunit',
  'cambodia',
  'phnompenh',
];

const letters = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}\d]/gu, '');

/**
 * Which rules a new passphrase breaks (none: it is fine). Length counts characters, not
 * bytes, so a Khmer passphrase is judged like an English one.
 */
export function passphraseProblems(passphrase: string): PassphraseRule[] {
  // Far too long is refused before any work on it: a megabyte "passphrase" costs nothing to turn away.
  if (passphrase.length > PASSPHRASE_MAX * 2) return ['v.keyPassphrase.long'];
  const chars = [...passphrase.normalize('NFC')];
  const problems: PassphraseRule[] = [];
  if (chars.length < PASSPHRASE_MIN) problems.push('v.keyPassphrase.short');
  if (chars.length > PASSPHRASE_MAX) problems.push('v.keyPassphrase.long');
  if (new Set(chars.map((c) => c.toLowerCase())).size < MIN_DISTINCT) problems.push('v.keyPassphrase.variety');
  const core = letters(passphrase);
  if (COMMON.some((word) => core === word || (core.length <= word.length + 4 && core.includes(word)))) {
    problems.push('v.keyPassphrase.common');
  }
  return problems;
}

/**
 * A passphrase being set (first run, new account, change, after recovery): every rule applies.
 * The strength is rated once the rules above pass; until the estimator is loaded that is
 * asynchronous, so a passphrase that passes them is checked with `safeParseAsync` (main's
 * dispatcher and the forms' resolver parse that way).
 */
export const NewPassphrase = z.string().superRefine((value, ctx) => {
  const problems = passphraseProblems(value);
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
  if (problems.length > 0) return;
  const judge = (score: Score) => {
    if (score < STRONG_ENOUGH) ctx.addIssue({ code: 'custom', message: 'v.keyPassphrase.weak' });
  };
  if (estimator) return judge(scoreOf(estimator, value));
  return loadEstimator().then((rater) => judge(scoreOf(rater, value)));
});

/** A passphrase being tried: only a sane size, so a long guess costs nothing to refuse. */
export const GivenPassphrase = z
  .string()
  .min(1, { message: 'v.required' })
  .max(1024, { message: 'v.keyPassphrase.long' });

/** The printed recovery key: 8 groups of 5 letters and digits; spaces and dashes are ignored. */
export const RecoveryKeyInput = z.string().min(1, { message: 'v.required' }).max(200, { message: 'v.recovery.format' });
