import { isRealDate, normalizeDateInput, toIsoDate } from '../domain/dates';
import { FIRST_YEAR, lastYear } from './listed-years';

/**
 * The rules about a summary's dates taken as a whole (none after today, each in a listed year),
 * found in one walk over the values. Apart from the date fields because they are the request's
 * rules, not a field's: the form and the save request check them, while stored summaries are read
 * as they are.
 */

/** Date fields are named `date`, `dateSomething` or `somethingDate` (a schema test holds every team to it). */
export const DATE_KEY = /^(date([A-Z]\w*)?|\w+Date)$/;

const MAX_DATE_DEPTH = 6;

/** A date of a summary that a rule refuses: where it is and the message key that says why. */
export interface DateIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * Calls `visit` with every real date in a summary (typed as `dd/mm/yyyy`, Khmer digits or ISO,
 * given as ISO), its path and its key. One walk for every rule about dates, so the form and the
 * save request (and an import) find the same ones.
 */
function eachDate(value: unknown, visit: (date: string, path: Array<string | number>, key: string) => void): void {
  // One path, pushed and popped as the walk goes (a copy only for a date found): every save
  // request and every imported summary is walked, and most of a summary is not dates.
  const path: Array<string | number> = [];
  const walk = (node: unknown) => {
    // A summary's dates sit at most four levels down; a malformed payload may nest without end.
    if (path.length > MAX_DATE_DEPTH) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === 'string') {
          if (!DATE_KEY.test(key)) continue;
          const date = normalizeDateInput(child);
          if (isRealDate(date)) visit(date, [...path, key], key);
        } else if (child !== null && typeof child === 'object') {
          path.push(key);
          walk(child);
          path.pop();
        }
      }
    }
  };
  walk(value);
}

/**
 * Dates after today in a summary, as typed or as parsed (`dd/mm/yyyy`, Khmer digits, ISO):
 * an officer records what has happened. One walk over the values, so the form shows these
 * beside every other field error at once, and the save request refuses the same ones.
 */
export function futureDateIssues(value: unknown, today = toIsoDate(new Date())): DateIssue[] {
  const issues: DateIssue[] = [];
  eachDate(value, (date, path) => {
    if (date > today) issues.push({ path, message: 'v.date.future' });
  });
  return issues;
}

/**
 * Dates whose year the register does not list. The report date places a summary in its year,
 * so it must lie in the range; no date may lie after it (9999 is a typo, or damage). Only the
 * offence date may lie before `FIRST_YEAR`: a child may speak years later, and the legacy
 * debauchery charge is recorded for offences long past. A request's rule, like `futureDateIssues`:
 * stored summaries are read as they are.
 */
export function dateYearIssues(value: unknown, now: Date = new Date()): DateIssue[] {
  const issues: DateIssue[] = [];
  const last = lastYear(now);
  eachDate(value, (date, path, key) => {
    if (outOfYears(date, key, last)) issues.push({ path, message: 'v.date.year' });
  });
  return issues;
}

const outOfYears = (date: string, key: string, last: number) => {
  const year = Number(date.slice(0, 4));
  return (key !== 'offenceDate' && year < FIRST_YEAR) || year > last;
};

/**
 * What an officer's entry may not hold, in one walk: dates after today (`futureDateIssues`),
 * then dates in years the register does not list (`dateYearIssues`), a date after today said
 * once, as in the future.
 */
export function entryDateIssues(value: unknown, now: Date = new Date()): DateIssue[] {
  const today = toIsoDate(now);
  const last = lastYear(now);
  const future: DateIssue[] = [];
  const years: DateIssue[] = [];
  eachDate(value, (date, path, key) => {
    if (date > today) future.push({ path, message: 'v.date.future' });
    else if (outOfYears(date, key, last)) years.push({ path, message: 'v.date.year' });
  });
  return [...future, ...years];
}
