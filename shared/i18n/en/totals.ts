/**
 * The Totals screen: figures, formulas, charts, data quality, spending and year close.
 * The `totals.<figure>`, `totals.formula.<figure>` and `totals.table.<table>` keys are also
 * the export files' labels (electron/exports/labels.ts), so they keep the export's wording.
 */
export const totals = {
  'nav.totals': 'Totals',

  // Figures and their definitions, shared with the export files.
  'totals.investigations': 'Investigations',
  'totals.investigationsWithArrest': 'Investigations with at least one arrest',
  'totals.suspectsArrested': 'Suspects arrested',
  'totals.arrestRate': 'Suspects arrested per 100 investigations (the “arrest rate”)',
  'totals.arrestShare': 'Investigations with an arrest (%)',
  'totals.childHomicides': 'Child homicides',
  'totals.suspiciousDeaths': 'Suspicious deaths',
  'totals.provincesWithInvestigations': 'Provinces with investigations (capital included)',
  'totals.victims': 'Child victims in investigations',
  'totals.victimsSupported': 'Victims supported (OVA)',
  'totals.familyMembersSupported': 'Family members supported (OVA)',
  'totals.courtAccompaniments': 'Court accompaniments (OVA)',
  'totals.bereavedFamiliesSupported': 'Bereaved families supported (OVA)',
  'totals.exhibits': 'Exhibits (FST)',
  'totals.devicesSeized': 'Devices seized (ICAC)',
  'totals.forensicExams': 'Forensic examinations (ICAC)',
  'totals.victimsIdentified': 'Child victims identified (ICAC)',
  'totals.spending': 'Spending, all teams (USD)',

  'totals.formula.investigations':
    'Investigation references whose lead summary (HIT before ICAC) was reported in {year}; each counted once, however many teams’ summaries carry it',
  'totals.formula.investigationsWithArrest': 'Investigations whose lead summary has at least one suspect arrested',
  'totals.formula.suspectsArrested': 'Suspects marked arrested in the investigations’ lead summaries',
  'totals.formula.arrestRate':
    'Suspects arrested / investigations × 100, one decimal. It can pass 100: one investigation may arrest several suspects',
  'totals.formula.arrestShare':
    'Investigations with at least one arrest / investigations × 100, one decimal: never more than 100',
  'totals.formula.childHomicides': 'Investigations whose HIT lead summary is marked child homicide',
  'totals.formula.suspiciousDeaths': 'Investigations whose HIT lead summary is marked suspicious death',
  'totals.formula.provincesWithInvestigations': 'Provinces with at least one investigation',
  'totals.formula.victims': 'Child victims in the HIT lead summaries of the year’s investigations',
  'totals.formula.victimsSupported': 'Sum of “victims supported” in OVA summaries reported in {year}',
  'totals.formula.familyMembersSupported': 'Sum of “family members supported” in OVA summaries reported in {year}',
  'totals.formula.courtAccompaniments': 'Sum of “court accompaniments” in OVA summaries reported in {year}',
  'totals.formula.bereavedFamiliesSupported':
    'Sum of “bereaved families supported” in OVA summaries reported in {year}',
  'totals.formula.exhibits': 'Exhibits in FST summaries reported in {year}',
  'totals.formula.devicesSeized': 'Sum of “devices seized” in ICAC summaries reported in {year}',
  'totals.formula.forensicExams': 'Sum of “forensic examinations” in ICAC summaries reported in {year}',
  'totals.formula.victimsIdentified': 'Sum of “child victims identified” in ICAC summaries reported in {year}',
  'totals.formula.spending': 'Sum of the teams’ spending entered for {year}',
  'totals.formula.change': '(this year − previous year) / previous year × 100, one decimal',
  'totals.formula.investigationsByLeadTeam': 'Investigations by the team of their lead summary',
  'totals.formula.summariesByTeam':
    'Summaries reported in {year}, by team; one investigation often has summaries from several teams',
  'totals.formula.byProvince':
    'Each investigation once, in the province of its lead summary (or of another of its summaries when the lead has none)',
  'totals.formula.byOffence': 'Investigations whose lead summary lists the offence',
  'totals.formula.relationships':
    'Suspects in the investigations’ lead summaries, by relationship to the victim, most frequent first',
  'totals.formula.courtStages': 'Suspects in the investigations’ lead summaries, by court stage',
  'totals.formula.victimsByAgeSex':
    'Child victims in the HIT lead summaries of the year’s investigations, by age in years and sex',
  'totals.formula.services': 'Services recorded in OVA summaries reported in {year}',
  'totals.formula.examinations': 'Examinations recorded on exhibits in FST summaries reported in {year}',
  'totals.formula.icacReferrals': 'ICAC summaries reported in {year}, by where the referral came from',

  'totals.table.investigationsByLeadTeam': 'Investigations by lead team',
  'totals.table.summariesByTeam': 'Summaries by team',
  'totals.table.byProvince': 'Investigations by province',
  'totals.table.byOffence': 'Investigations by offence (one investigation may have several)',
  'totals.table.relationships': 'Suspects by relationship to the victim',
  'totals.table.courtStages': 'Suspects by court stage',
  'totals.table.services': 'Services given (OVA)',
  'totals.table.examinations': 'Examinations (FST)',
  'totals.table.icacReferrals': 'ICAC summaries by referral source',
  'totals.table.victimsByAgeSex': 'Child victims by age and sex',
  'totals.table.spending': 'Spending by team (USD)',
  'totals.province.unknown': 'Province not recorded',

  // The screen.
  'totals.title': 'Totals for {year}',
  'totals.intro':
    'The figures of the annual report, each with how it is counted. Press a figure to see the summaries behind it.',
  'totals.section.headline': 'Headline figures',
  'totals.section.investigations': 'Investigations',
  'totals.section.teams': 'Work of the teams',
  'totals.section.quality': 'Data quality',
  'totals.section.spending': 'Spending',
  'totals.section.year': 'Closing the year',
  'totals.empty': 'No summaries are reported in {year} yet, so every figure is zero.',

  'totals.formula.arrestRate.worked':
    'Arrest rate = suspects arrested ÷ investigations = {arrested} ÷ {investigations} = {rate}',
  'totals.formula.arrestRate.none': 'Arrest rate = suspects arrested ÷ investigations: no investigations, so no rate',
  'totals.formula.withArrest.worked': '{share} of the {investigations} investigations',
  'totals.provinces.of': 'of {count}',
  'totals.previous': '{year}: {value}',
  'totals.previousYear': '{year}:',
  'totals.change': 'Change: {change}',
  'totals.formula.change.worked': 'Change = ({current} − {previous}) ÷ {previous} = {change}',
  'totals.formula.change.none': 'No change: {year} has none to compare with',
  'totals.notComputed': '—',
  'totals.total': 'Total',
  'totals.count': 'Count',
  'totals.amount': 'Amount',
  'totals.openFigure': '{label}: {value}. Show the summaries',
  'totals.rowLabel': '{table}: {row}',
  'totals.chart.none': 'All zero.',

  'totals.band.0-5': 'Age 0–5',
  'totals.band.6-12': 'Age 6–12',
  'totals.band.13-14': 'Age 13–14',
  'totals.band.15-17': 'Age 15–17',
  'totals.band': 'Age band',
  'totals.team.ova': 'Office of Victim Assistance (OVA)',
  'totals.team.fst': 'Forensic Services Team (FST)',
  'totals.team.icac': 'Internet Crimes Against Children (ICAC)',

  // The list behind a figure.
  'totals.drill.title': 'Summaries behind “{label}”',
  'totals.drill.count': '{count, plural, one {{count} summary} other {{count} summaries}}',
  'totals.drill.countOne': '1 summary',
  'totals.drill.weighted':
    'The figure is {value}: a summary counts more than once when it records several (for example several suspects arrested).',
  'totals.drill.missing':
    '{count, plural, one {{count} of them is} other {{count} of them are}} no longer on file (moved to the bin since the totals were read).',

  // Data quality.
  'totals.quality.intro': 'What would make these totals wrong. Correct it before exporting the report.',
  'totals.quality.none': 'No problems found: nothing is known that would make these totals wrong.',
  'totals.quality.found': '{count, plural, one {{count} kind of problem} other {{count} kinds of problem}} found.',
  'totals.quality.refs': 'Involved: {refs}',
  'totals.quality.more': '{refs} and {count} more',
  'totals.quality.show': '{count, plural, one {Show the {count} summary} other {Show the {count} summaries}}',
  'totals.quality.showLabel':
    '{count, plural, one {Show the {count} summary} other {Show the {count} summaries}}: {check}',
  'totals.quality.showOne': 'Show the summary',
  'totals.quality.showOneLabel': 'Show the summary: {check}',
  'totals.quality.toSpending': 'Enter the spending',
  'totals.quality.no-province': 'Summaries without a province',
  'totals.quality.no-province.hint':
    'Their investigations count under “Province not recorded”. Add the province to each summary.',
  'totals.quality.support-without-lead':
    'Summaries without a lead summary (no HIT or ICAC summary has their reference)',
  'totals.quality.support-without-lead.hint':
    'Their investigation is not counted. Check the reference, or ask the lead team to record their summary.',
  'totals.quality.several-leads': 'Investigations with more than one lead summary',
  'totals.quality.several-leads.hint':
    'Figures come from one of them only (HIT before ICAC, then the one reported first). Check they really are one investigation.',
  'totals.quality.offence-mismatch': 'The same reference used for different offences',
  'totals.quality.offence-mismatch.hint':
    'These summaries share no offence with the lead summary of their investigation: the reference may be wrong.',
  'totals.quality.homicide-not-flagged': 'Child homicide offence without the homicide mark',
  'totals.quality.homicide-not-flagged.hint':
    'These HIT summaries list the offence but are not marked as a child homicide, so they are not counted as one.',
  'totals.quality.homicide-offence-missing': 'Marked as a child homicide without the offence',
  'totals.quality.homicide-offence-missing.hint':
    'These HIT summaries are counted as child homicides but do not list the offence. Add it or remove the mark.',
  'totals.quality.homicide-victim-age': 'Counted as a child homicide, but no victim who died is under 15',
  'totals.quality.homicide-victim-age.hint':
    'A child homicide is of a child under 15. In these HIT summaries every victim who died is 15 to 17: check the ages, or remove the mark.',
  'totals.quality.arrest-without-date': 'Arrests without a date',
  'totals.quality.arrest-without-date.hint': 'A suspect is marked arrested but has no arrest date. Add the date.',
  'totals.quality.duplicate-case-code': 'The same case code on different summaries',
  'totals.quality.duplicate-case-code.hint':
    'Two summaries carry one case code (often after an import); they may be one case counted twice.',
  'totals.quality.spending-missing': 'No spending entered for this year',
  'totals.quality.spending-missing.hint': 'The report states the spending per team. Enter it below.',

  // Spending.
  'totals.spending.intro':
    'Each team’s spending in {year}, in whole US dollars (Khmer digits are fine). Leave a team empty when it is not known.',
  'totals.spending.team': '{team} (USD)',
  'totals.quality.spending-incomplete': 'Spending not entered for some teams',
  'totals.quality.spending-incomplete.hint':
    'The report’s total covers only the teams entered. Enter the others below, or leave them empty if not known.',
  'totals.spending.notEntered': 'not entered',
  'totals.spending.totalEntered': 'Total of the teams entered',
  'totals.spending.save': 'Save spending',
  'totals.spending.saved': 'Spending for {year} saved.',
  'totals.spending.closed': 'The year is closed: reopen it to change the spending.',

  // Closing and reopening the year.
  'totals.year.intro':
    'Close the year once the annual report is out: its summaries can then no longer be changed, so the report stays true. Reopening needs a reason and is logged.',
  'totals.year.open': '{year} is open: its summaries can be changed.',
  'totals.year.closedBanner':
    '{year} is closed since {at} (by {by}). Its summaries cannot be changed until the year is reopened.',
  'totals.year.close': 'Close {year}',
  'totals.year.close.title': 'Close {year}?',
  'totals.year.close.body':
    'No summary of {year} can then be changed, added or deleted until a coordinator reopens the year with a reason. Your name is recorded in the log.',
  'totals.year.close.bodyProblems':
    'No summary of {year} can then be changed, added or deleted until a coordinator reopens the year with a reason. Your name is recorded in the log. The data-quality check still finds {count, plural, one {{count} kind of problem} other {{count} kinds of problem}}.',
  'totals.year.closed': '{year} is closed.',
  'totals.year.closedOn': 'Closed on {at} by {by}.',
  'totals.year.reason': 'Reason for reopening (recorded in the log)',
  'totals.year.reopen': 'Reopen {year}',
  'totals.year.reopened': '{year} is open again.',
  'totals.year.log': 'Log',
  'totals.year.logEmpty': 'Nothing recorded yet.',
  'totals.year.log.closed': '{at}: closed by {by}',
  'totals.year.log.reopened': '{at}: reopened by {by}. Reason: {reason}',
  'totals.year.log.spending': '{at}: spending changed by {by}',
} as const;
