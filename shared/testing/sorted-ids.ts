/** Ids behind a figure come in no set order (the drill-down sorts them): compared sorted. */
export function sortedIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'ids' && Array.isArray(v) ? [...(v as string[])].sort() : sortedIds(v),
    ]),
  );
}
