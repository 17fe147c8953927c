/** The cases list, the investigation view and the bin. */
export const caseList = {
  'case.list.title': 'Summaries of {year}',
  'case.list.year': 'Year',
  'case.list.empty': 'No summaries for this year yet.',
  'case.list.noMatch': 'No summaries match these filters.',
  'case.list.count': '{count, plural, one {{count} summary} other {{count} summaries}}',
  'case.list.countFiltered': '{shown} of {count, plural, one {{count} summary} other {{count} summaries}}',
  'case.list.filters': 'Filters',
  'case.list.search': 'Search',
  'case.list.searchHint':
    'Any part of the case code, investigation reference, province or offence (by name, in English or Khmer), district, summary or officer name.',
  'case.list.clearFilters': 'Clear filters',
  'case.list.openCase': 'Open {code}',
  'case.list.openInvestigation': 'All summaries of {ref}',
  'case.list.savedByOn': '{by}, {at}',

  'case.filter.team': 'Team',
  'case.filter.province': 'Province',
  'case.filter.status': 'Status',
  'case.filter.offence': 'Offence',
  'case.filter.all': 'All',

  'case.column.code': 'Case code',
  'case.column.ref': 'Investigation',
  'case.column.team': 'Team',
  'case.column.dateReported': 'Reported',
  'case.column.province': 'Province',
  'case.column.status': 'Status',
  'case.column.offences': 'Offences',
  'case.column.updatedBy': 'Last saved by',
  'case.column.updatedAt': 'Last saved',
  'case.column.deletedAt': 'Moved to the bin',

  'investigation.title': 'Investigation {ref}',
  'investigation.intro': 'Every team’s summaries with this reference, from all years.',
  'investigation.none': 'No summaries have this reference.',
  'investigation.teamNone': 'No {team} summary.',
  'investigation.noLead':
    'This investigation has support summaries (FST or OVA) but no lead summary from HIT or ICAC. Check the reference, or ask the lead team to record their summary.',
  'investigation.back': 'Back to the list',

  'case.prefill.team': 'Team',
  'case.prefill.start': 'New summary for this investigation',
  'case.prefill.carried':
    'Started from investigation {ref}: its reference, dates, province, district and offences are filled in. Check them for this summary.',
  'case.prefill.refOnly': 'Started from investigation {ref}: its reference is filled in.',
  'case.prefill.secondLead':
    'Investigation {ref} already has a lead summary (HIT or ICAC). A second {team} summary makes the totals choose one of them: check that this is really a lead summary, or choose a support team.',
  'case.prefill.draft.title': 'Keep your draft, or start from investigation {ref}?',
  'case.prefill.draft.body':
    'A draft of a new {team} summary, not yet saved, is kept from {time}. Keep it to carry on with it, or discard it and start from investigation {ref}, with its reference, dates, province and offences filled in.',
  'case.prefill.draft.keep': 'Keep my draft',
  'case.prefill.draft.start': 'Discard it and start from {ref}',
  'case.prefill.draft.kept': 'Your draft is shown, not the facts of investigation {ref}.',
  'case.prefill.draft.startInstead': 'Start from investigation {ref} instead',

  'bin.title': 'Bin',
  'bin.intro': 'Summaries moved to the bin. They are left out of the lists and totals until restored.',
  'bin.empty': 'The bin is empty for this year.',
  'bin.restore': 'Restore',
  'bin.restore.title': 'Restore {code}?',
  'bin.restore.body': 'It returns to the list and the yearly totals, and the restore is recorded in its history.',
  'bin.otherTeam': 'Restored by {team} officers',
  'bin.restored': 'Summary {code} restored.',
} as const;
