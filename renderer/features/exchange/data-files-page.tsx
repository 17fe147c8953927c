/** Placeholder until the data files screen lands. */
export function DataFilesPage() {
  return <section />;
}
