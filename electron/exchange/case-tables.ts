import { AGE_BANDS } from '../../shared/domain/lists';
import type { Language } from '../../shared/i18n/translate';
import type { CaseFacts, CaseInput } from '../../shared/schemas/case';
import { columnKit, type CaseCell, type CaseColumn, type ColumnDef } from './case-columns';
import { label } from './labels';

/** One file of the case-level export (or one sheet of its workbook). */
export interface CaseTable {
  /** File name without `.csv`: the same in every language. */
  name: string;
  /** The table's name in the chosen language (the sheet's name in the workbook). */
  title: string;
  columns: CaseColumn[];
  /** The column codes, in order (`case_id`, `case_code`, …). */
  header: string[];
  /** Stored values: dates `YYYY-MM-DD`, times UTC ISO; each writer shows them its way. */
  rows: CaseCell[][];
}

/** A table's columns, and how one summary becomes its rows (none, one, or one per item of a group). */
export interface CasePlan {
  name: string;
  title: string;
  columns: CaseColumn[];
  header: string[];
  rowsOf: (record: CaseFacts) => CaseCell[][];
}

type Of<T extends CaseInput['team']> = Extract<CaseInput, { team: T }>;
/** A row of a repeat group: its summary, its place in the group (from 1) and its value. */
interface Item<T> {
  record: CaseFacts;
  n: number;
  v: T;
}

/** The rows of one repeat group of a summary, numbered within it. */
const itemsOf =
  <T>(group: (s: CaseInput) => readonly T[] | undefined) =>
  (record: CaseFacts): Item<T>[] =>
    (group(record.summary) ?? []).map((v, i) => ({ record, n: i + 1, v }));
const itself = (record: CaseFacts) => [record];

const team =
  <T extends CaseInput['team']>(t: T) =>
  (s: CaseInput): Of<T> | undefined =>
    s.team === t ? (s as Of<T>) : undefined;
const hit = team('HIT');
const icac = team('ICAC');
const ova = team('OVA');
const fst = team('FST');
const lead = (s: CaseInput) => hit(s) ?? icac(s);

// Case codes and ids are ASCII: compared by code unit, which is what a spreadsheet's sort gives too.
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The tables' row order: by case code, then id. */
export const byCaseCode = (a: { caseCode: string; id: string }, b: { caseCode: string; id: string }) =>
  order(a.caseCode, b.caseCode) || order(a.id, b.id);

/**
 * The case-level tables: one row per summary, then one table per repeat group, each row
 * keyed by case id, case code and row number. Columns are named in the chosen language (the
 * form's field labels) and each has a code for programs; list values come as codes (stable,
 * for formulas and pivots) and as officers read them (`displayValue`).
 */
export function caseTables(records: readonly CaseFacts[], language: Language): CaseTable[] {
  const sorted = [...records].sort(byCaseCode);
  return casePlans(language).map(({ rowsOf, ...plan }) => ({ ...plan, rows: sorted.flatMap(rowsOf) }));
}

/**
 * The tables' plans, so a writer can turn summaries into rows a batch at a time (a year's
 * summaries need not all be in memory at once); `caseTables` applies them to a list.
 */
export function casePlans(language: Language): CasePlan[] {
  const { field, own, coded } = columnKit(language);
  const build = <T>(
    name: string,
    items: (record: CaseFacts) => readonly T[],
    defs: readonly ColumnDef<T>[],
  ): CasePlan => {
    const values = defs.map((d) => d.value);
    return {
      name,
      title: label(language, `caseFiles.table.${name}`),
      columns: defs.map((d) => d.column),
      header: defs.map((d) => d.column.code),
      rowsOf: (record) => items(record).map((item) => values.map((value) => value(item))),
    };
  };
  const keys = <T>(): ColumnDef<Item<T>>[] => [
    own('case_id', 'code', (x) => x.record.id),
    own('case_code', 'code', (x) => x.record.caseCode),
    own('row', 'number', (x) => x.n),
  ];

  const summaries = build<CaseFacts>('summaries', itself, [
    own('case_id', 'code', (r) => r.id),
    own('case_code', 'code', (r) => r.caseCode),
    ...coded<CaseFacts>('team', 'team_label', 'team', (r) => r.summary.team),
    field('investigation_ref', 'investigationRef', 'code', (r) => r.summary.investigationRef),
    field('date_reported', 'dateReported', 'date', (r) => r.summary.dateReported),
    field('offence_date', 'offenceDate', 'date', (r) => r.summary.offenceDate),
    ...coded<CaseFacts>('province_code', 'province', 'province', (r) => r.summary.province),
    field('district', 'district', 'text', (r) => r.summary.district),
    ...coded<CaseFacts>('offences', 'offences_label', 'offences', (r) => r.summary.offences),
    ...coded<CaseFacts>('status', 'status_label', 'status', (r) => r.summary.status),
    field('narrative', 'narrative', 'text', (r) => r.summary.narrative),
    ...coded<CaseFacts>('homicide', 'homicide_label', 'homicide', (r) => hit(r.summary)?.homicide),
    ...coded<CaseFacts>(
      'suspicious_death',
      'suspicious_death_label',
      'suspiciousDeath',
      (r) => hit(r.summary)?.suspiciousDeath,
    ),
    ...coded<CaseFacts>(
      'referral_source',
      'referral_source_label',
      'referralSource',
      (r) => icac(r.summary)?.referralSource,
    ),
    ...coded<CaseFacts>(
      'online_offences',
      'online_offences_label',
      'onlineOffences',
      (r) => icac(r.summary)?.onlineOffences,
    ),
    field('devices_seized', 'devicesSeized', 'number', (r) => icac(r.summary)?.devicesSeized),
    field('forensic_exams', 'forensicExams', 'number', (r) => icac(r.summary)?.forensicExams),
    field('victims_identified', 'victimsIdentified', 'number', (r) => icac(r.summary)?.victimsIdentified),
    field('victims_supported', 'victimsSupported', 'number', (r) => ova(r.summary)?.victimsSupported),
    field(
      'family_members_supported',
      'familyMembersSupported',
      'number',
      (r) => ova(r.summary)?.familyMembersSupported,
    ),
    field('court_accompaniments', 'courtAccompaniments', 'number', (r) => ova(r.summary)?.courtAccompaniments),
    field(
      'bereaved_families_supported',
      'bereavedFamiliesSupported',
      'number',
      (r) => ova(r.summary)?.bereavedFamiliesSupported,
    ),
    own('victims', 'number', (r) => hit(r.summary)?.victims.length),
    own('suspects', 'number', (r) => lead(r.summary)?.suspects.length),
    own('suspects_arrested', 'number', (r) => lead(r.summary)?.suspects.filter((x) => x.arrested).length),
    own('exhibits', 'number', (r) => fst(r.summary)?.exhibits.length),
    own('services', 'number', (r) => ova(r.summary)?.services.length),
    own('revision', 'number', (r) => r.revision),
    own('created_at', 'datetime', (r) => r.createdAt),
    own('created_by', 'text', (r) => r.createdBy),
    own('updated_at', 'datetime', (r) => r.updatedAt),
    own('updated_by', 'text', (r) => r.updatedBy),
  ]);

  type Victim = Of<'HIT'>['victims'][number];
  const victims = build(
    'victims',
    itemsOf<Victim>((s) => hit(s)?.victims),
    [
      ...keys<Victim>(),
      field('age', 'age', 'number', (x) => x.v.age),
      own('age_band', 'code', (x) => AGE_BANDS.find((b) => x.v.age >= b.min && x.v.age <= b.max)?.code),
      ...coded<Item<Victim>>('sex', 'sex_label', 'sex', (x) => x.v.sex),
      ...coded<Item<Victim>>('outcome', 'outcome_label', 'outcome', (x) => x.v.outcome),
    ],
  );

  type Suspect = Of<'HIT'>['suspects'][number];
  const suspects = build(
    'suspects',
    itemsOf<Suspect>((s) => lead(s)?.suspects),
    [
      ...keys<Suspect>(),
      ...coded<Item<Suspect>>('team', 'team_label', 'team', (x) => x.record.summary.team),
      field('age', 'age', 'number', (x) => x.v.age),
      ...coded<Item<Suspect>>('sex', 'sex_label', 'sex', (x) => x.v.sex),
      ...coded<Item<Suspect>>('relationship', 'relationship_label', 'relationship', (x) => x.v.relationship),
      ...coded<Item<Suspect>>('arrested', 'arrested_label', 'arrested', (x) => x.v.arrested),
      field('arrest_date', 'arrestDate', 'date', (x) => x.v.arrestDate),
      field('charges', 'charges', 'text', (x) => x.v.charges),
      ...coded<Item<Suspect>>('court_stage', 'court_stage_label', 'courtStage', (x) => x.v.courtStage),
      field('court_outcome', 'courtOutcome', 'text', (x) => x.v.courtOutcome),
    ],
  );

  type Exhibit = Of<'FST'>['exhibits'][number];
  const exhibitItems = itemsOf<Exhibit>((s) => fst(s)?.exhibits);
  const exhibits = build('exhibits', exhibitItems, [
    ...keys<Exhibit>(),
    field('reference', 'reference', 'code', (x) => x.v.reference),
    ...coded<Item<Exhibit>>('type', 'type_label', 'type', (x) => x.v.type),
    field('date_collected', 'dateCollected', 'date', (x) => x.v.dateCollected),
    field('sha256', 'sha256', 'code', (x) => x.v.sha256),
    own('examinations', 'number', (x) => x.v.examinations.length),
    own('custody_links', 'number', (x) => x.v.custody.length),
  ]);

  /** Rows nested in an exhibit: keyed by the exhibit's row too. */
  type Nested<T> = Item<T> & { exhibit: Item<Exhibit> };
  const nested =
    <T>(get: (e: Exhibit) => readonly T[]) =>
    (record: CaseFacts): Nested<T>[] =>
      exhibitItems(record).flatMap((e) => get(e.v).map((v, i) => ({ record, exhibit: e, n: i + 1, v })));
  const exhibitKeys = <T>(): ColumnDef<Nested<T>>[] => [
    own('case_id', 'code', (x) => x.record.id),
    own('case_code', 'code', (x) => x.record.caseCode),
    own('exhibit_row', 'number', (x) => x.exhibit.n),
    own('exhibit_reference', 'code', (x) => x.exhibit.v.reference),
    own('row', 'number', (x) => x.n),
  ];
  type Exam = Exhibit['examinations'][number];
  const examinations = build(
    'examinations',
    nested<Exam>((e) => e.examinations),
    [
      ...exhibitKeys<Exam>(),
      ...coded<Nested<Exam>>('type', 'type_label', 'type', (x) => x.v.type, 'examinations.type'),
      field('date', 'date', 'date', (x) => x.v.date),
      field('result', 'result', 'text', (x) => x.v.result),
    ],
  );
  type Link = Exhibit['custody'][number];
  const custody = build(
    'custody',
    nested<Link>((e) => e.custody),
    [
      ...exhibitKeys<Link>(),
      field('holder', 'holder', 'text', (x) => x.v.holder),
      field('date', 'date', 'date', (x) => x.v.date),
      field('place', 'place', 'text', (x) => x.v.place),
    ],
  );

  type Service = Of<'OVA'>['services'][number];
  const services = build(
    'services',
    itemsOf<Service>((s) => ova(s)?.services),
    [
      ...keys<Service>(),
      ...coded<Item<Service>>('service', 'service_label', 'service', (x) => x.v.service),
      field('date', 'date', 'date', (x) => x.v.date),
    ],
  );
  type Referral = Of<'OVA'>['referrals'][number];
  const referrals = build(
    'referrals',
    itemsOf<Referral>((s) => ova(s)?.referrals),
    [
      ...keys<Referral>(),
      field('agency', 'agency', 'text', (x) => x.v.agency),
      field('date', 'date', 'date', (x) => x.v.date),
    ],
  );
  type Value = { value: string };
  const referralIds = build(
    'referral-ids',
    itemsOf<Value>((s) => icac(s)?.referralIds),
    [
      ...keys<Value>(),
      ...coded<Item<Value>>(
        'referral_source',
        'referral_source_label',
        'referralSource',
        (x) => icac(x.record.summary)?.referralSource,
      ),
      own('referral_id', 'code', (x) => x.v.value),
    ],
  );
  const partners = build(
    'partner-agencies',
    itemsOf<Value>((s) => icac(s)?.partnerAgencies),
    [...keys<Value>(), own('agency', 'text', (x) => x.v.value)],
  );

  return [summaries, victims, suspects, exhibits, examinations, custody, services, referrals, referralIds, partners];
}
