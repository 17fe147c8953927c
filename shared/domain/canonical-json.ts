/**
 * JSON with object keys sorted at every depth and `undefined` dropped, so two equal values
 * always give the same text, whatever order their keys were written in. Used for checksums
 * and to tell identical records apart from changed ones.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    // No prototype: a `__proto__` key read from a file stays a key (and in the checksum).
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}
