/** The four teams' summary forms, the edit view and its history. */
export const caseForm = {
  'case.form.title.new': 'New case summary',
  'case.field.investigationRef': 'Investigation reference',
  'case.field.investigationRef.hint': 'The same reference links every team’s summaries of one investigation, e.g. CPU-2025-014',
  'case.field.team': 'Team',
  'case.field.team.choose': 'Choose a team…',
  'case.field.dateReported': 'Date reported',
  'case.saved': 'Summary saved.',
} as const;
