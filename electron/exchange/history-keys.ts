import type { HistoryEntry } from '../../shared/schemas/case';
import { historyKey } from '../cases/case-rows';

const HEAD = Buffer.from('{"revision":', 'utf8');
const ACTION = Buffer.from(',"action":"', 'utf8');
const QUOTE = 0x22;
const KEYS = ['revision', 'at', 'by', 'action'];

/**
 * A stored history entry's key (`historyKey`: revision, time, officer, action) from its JSON,
 * parsing only the head that holds them when the entry begins with them, as this app writes an
 * entry: a copy of another revision is told newer or older by these keys alone, and the rest of
 * an entry (every change it made) is most of it. Any other entry is parsed whole.
 *
 * The head is the entry's own start up to the end of its first `,"action":"…"`; a quote inside
 * a string is escaped, so that run of bytes is the object's own member when the head parses to
 * exactly the four members (none nested before it), with the values a whole parse gives.
 */
export function historyKeyOf(bytes: Buffer, parse: () => HistoryEntry): string {
  if (bytes.length > HEAD.length && bytes.compare(HEAD, 0, HEAD.length, 0, HEAD.length) === 0) {
    const action = bytes.indexOf(ACTION);
    const end = action === -1 ? -1 : bytes.indexOf(QUOTE, action + ACTION.length);
    if (end !== -1) {
      const head = headOf(`${bytes.toString('utf8', 0, end + 1)}}`);
      if (head) return historyKey(head);
    }
  }
  return historyKey(parse());
}

function headOf(text: string): HistoryEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== KEYS.length || keys.some((key, i) => key !== KEYS[i])) return undefined;
  const head = value as Record<string, unknown>;
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  return KEYS.every((key) => scalar(head[key])) ? (value as HistoryEntry) : undefined;
}
