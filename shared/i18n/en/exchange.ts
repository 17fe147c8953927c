/** Data files: exports of the year and imports from other PCs. */
export const exchange = {
  'nav.data': 'Data files',
} as const;
