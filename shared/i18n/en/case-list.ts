/** The cases list, the investigation view and the bin. */
export const caseList = {
  'case.list.title': 'Summaries of {year}',
  'case.list.year': 'Year',
  'case.list.empty': 'No summaries for this year yet.',
  'case.list.count': '{count} summaries',
  'case.column.ref': 'Investigation',
  'case.column.team': 'Team',
  'case.column.dateReported': 'Reported',
  'case.column.updatedBy': 'Last saved by',
} as const;
