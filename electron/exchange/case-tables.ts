import { AGE_BANDS } from '../../shared/domain/lists';
import type { Language } from '../../shared/i18n/translate';
import type { CaseInput, CaseRecord } from '../../shared/schemas/case';
import type { CsvValue } from './csv';
import { label, provinceName } from './labels';

/** One file of the case-level export (or one sheet of its workbook). */
export interface CaseTable {
  /** File name without `.csv`, also the sheet name. */
  name: string;
  header: string[];
  rows: CsvValue[][];
}

type Of<T extends CaseInput['team']> = Extract<CaseInput, { team: T }>;
type Column<T> = readonly [header: string, value: (item: T) => CsvValue];
/** A row of a repeat group: its summary, its place in the group (from 1) and its value. */
interface Item<T> {
  record: CaseRecord;
  n: number;
  v: T;
}

function build<T>(name: string, items: readonly T[], columns: readonly Column<T>[]): CaseTable {
  return { name, header: columns.map(([h]) => h), rows: items.map((item) => columns.map(([, get]) => get(item))) };
}

const keyColumns = <T>(): Column<Item<T>>[] => [
  ['case_id', (x) => x.record.id],
  ['case_code', (x) => x.record.caseCode],
  ['row', (x) => x.n],
];

/** Every row of one repeat group across the summaries, numbered within its summary. */
function itemsOf<T>(records: readonly CaseRecord[], group: (s: CaseInput) => readonly T[] | undefined): Item<T>[] {
  return records.flatMap((record) => (group(record.summary) ?? []).map((v, i) => ({ record, n: i + 1, v })));
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

/**
 * The case-level tables: one row per summary, then one table per repeat group, each row
 * keyed by case id, case code and row number. List values come as codes (stable, for
 * formulas and pivots) and labels in the chosen language (to read).
 */
export function caseTables(records: readonly CaseRecord[], language: Language): CaseTable[] {
  const sorted = [...records].sort((a, b) => a.caseCode.localeCompare(b.caseCode) || a.id.localeCompare(b.id));
  const lab = (prefix: string) => (code: string | undefined) => (code ? label(language, `${prefix}.${code}`) : '');
  const many = (prefix: string, codes: readonly string[]) => codes.map(lab(prefix)).join('; ');
  const team =
    <T extends CaseInput['team']>(t: T) =>
    (s: CaseInput): Of<T> | undefined =>
      s.team === t ? (s as Of<T>) : undefined;
  const hit = team('HIT');
  const icac = team('ICAC');
  const ova = team('OVA');
  const fst = team('FST');
  const lead = (s: CaseInput) => hit(s) ?? icac(s);

  const summaries = build<CaseRecord>('summaries', sorted, [
    ['case_id', (r) => r.id],
    ['case_code', (r) => r.caseCode],
    ['team', (r) => r.summary.team],
    ['team_label', (r) => lab('team')(r.summary.team)],
    ['investigation_ref', (r) => r.summary.investigationRef],
    ['date_reported', (r) => r.summary.dateReported],
    ['offence_date', (r) => r.summary.offenceDate],
    ['province_code', (r) => r.summary.province],
    ['province', (r) => (r.summary.province ? provinceName(language, r.summary.province) : '')],
    ['district', (r) => r.summary.district],
    ['offences', (r) => r.summary.offences.join('; ')],
    ['offences_label', (r) => many('offence', r.summary.offences)],
    ['status', (r) => r.summary.status],
    ['status_label', (r) => lab('status')(r.summary.status)],
    ['narrative', (r) => r.summary.narrative],
    ['homicide', (r) => yesNo(hit(r.summary)?.homicide)],
    ['suspicious_death', (r) => yesNo(hit(r.summary)?.suspiciousDeath)],
    ['referral_source', (r) => icac(r.summary)?.referralSource],
    ['referral_source_label', (r) => lab('referral')(icac(r.summary)?.referralSource)],
    ['online_offences', (r) => icac(r.summary)?.onlineOffences.join('; ')],
    ['online_offences_label', (r) => many('online', icac(r.summary)?.onlineOffences ?? [])],
    ['devices_seized', (r) => icac(r.summary)?.devicesSeized],
    ['forensic_exams', (r) => icac(r.summary)?.forensicExams],
    ['victims_identified', (r) => icac(r.summary)?.victimsIdentified],
    ['victims_supported', (r) => ova(r.summary)?.victimsSupported],
    ['family_members_supported', (r) => ova(r.summary)?.familyMembersSupported],
    ['court_accompaniments', (r) => ova(r.summary)?.courtAccompaniments],
    ['bereaved_families_supported', (r) => ova(r.summary)?.bereavedFamiliesSupported],
    ['victims', (r) => hit(r.summary)?.victims.length],
    ['suspects', (r) => lead(r.summary)?.suspects.length],
    ['suspects_arrested', (r) => lead(r.summary)?.suspects.filter((x) => x.arrested).length],
    ['exhibits', (r) => fst(r.summary)?.exhibits.length],
    ['services', (r) => ova(r.summary)?.services.length],
    ['revision', (r) => r.revision],
    ['created_at', (r) => r.createdAt],
    ['created_by', (r) => r.createdBy],
    ['updated_at', (r) => r.updatedAt],
    ['updated_by', (r) => r.updatedBy],
  ]);

  type Victim = Of<'HIT'>['victims'][number];
  const victims = build(
    'victims',
    itemsOf(sorted, (s) => hit(s)?.victims),
    [
      ...keyColumns<Victim>(),
      ['age', (x) => x.v.age],
      ['age_band', (x) => AGE_BANDS.find((b) => x.v.age >= b.min && x.v.age <= b.max)?.code],
      ['sex', (x) => x.v.sex],
      ['sex_label', (x) => lab('sex')(x.v.sex)],
      ['outcome', (x) => x.v.outcome],
      ['outcome_label', (x) => lab('outcome')(x.v.outcome)],
    ],
  );

  type Suspect = Of<'HIT'>['suspects'][number];
  const suspects = build(
    'suspects',
    itemsOf(sorted, (s) => lead(s)?.suspects),
    [
      ...keyColumns<Suspect>(),
      ['team', (x) => x.record.summary.team],
      ['age', (x) => x.v.age],
      ['sex', (x) => x.v.sex],
      ['sex_label', (x) => lab('sex')(x.v.sex)],
      ['relationship', (x) => x.v.relationship],
      ['relationship_label', (x) => lab('relationship')(x.v.relationship)],
      ['arrested', (x) => yesNo(x.v.arrested)],
      ['arrest_date', (x) => x.v.arrestDate],
      ['charges', (x) => x.v.charges],
      ['court_stage', (x) => x.v.courtStage],
      ['court_stage_label', (x) => lab('court')(x.v.courtStage)],
      ['court_outcome', (x) => x.v.courtOutcome],
    ],
  );

  type Exhibit = Of<'FST'>['exhibits'][number];
  const exhibitItems = itemsOf(sorted, (s) => fst(s)?.exhibits);
  const exhibits = build('exhibits', exhibitItems, [
    ...keyColumns<Exhibit>(),
    ['reference', (x) => x.v.reference],
    ['type', (x) => x.v.type],
    ['type_label', (x) => lab('exhibit')(x.v.type)],
    ['date_collected', (x) => x.v.dateCollected],
    ['sha256', (x) => x.v.sha256],
    ['examinations', (x) => x.v.examinations.length],
    ['custody_links', (x) => x.v.custody.length],
  ]);

  /** Rows nested in an exhibit: keyed by the exhibit's row too. */
  const nested = <T>(get: (e: Exhibit) => readonly T[]) =>
    exhibitItems.flatMap((e) => get(e.v).map((v, i) => ({ record: e.record, exhibit: e, n: i + 1, v })));
  type Nested<T> = Item<T> & { exhibit: Item<Exhibit> };
  const exhibitKey = <T>(): Column<Nested<T>>[] => [
    ['case_id', (x) => x.record.id],
    ['case_code', (x) => x.record.caseCode],
    ['exhibit_row', (x) => x.exhibit.n],
    ['exhibit_reference', (x) => x.exhibit.v.reference],
    ['row', (x) => x.n],
  ];
  type Exam = Exhibit['examinations'][number];
  const examinations = build(
    'examinations',
    nested((e) => e.examinations),
    [
      ...exhibitKey<Exam>(),
      ['type', (x) => x.v.type],
      ['type_label', (x) => lab('exam')(x.v.type)],
      ['date', (x) => x.v.date],
      ['result', (x) => x.v.result],
    ],
  );
  type Link = Exhibit['custody'][number];
  const custody = build(
    'custody',
    nested((e) => e.custody),
    [...exhibitKey<Link>(), ['holder', (x) => x.v.holder], ['date', (x) => x.v.date], ['place', (x) => x.v.place]],
  );

  type Service = Of<'OVA'>['services'][number];
  const services = build(
    'services',
    itemsOf(sorted, (s) => ova(s)?.services),
    [
      ...keyColumns<Service>(),
      ['service', (x) => x.v.service],
      ['service_label', (x) => lab('service')(x.v.service)],
      ['date', (x) => x.v.date],
    ],
  );
  type Referral = Of<'OVA'>['referrals'][number];
  const referrals = build(
    'referrals',
    itemsOf(sorted, (s) => ova(s)?.referrals),
    [...keyColumns<Referral>(), ['agency', (x) => x.v.agency], ['date', (x) => x.v.date]],
  );
  type Value = { value: string };
  const referralIds = build(
    'referral-ids',
    itemsOf<Value>(sorted, (s) => icac(s)?.referralIds),
    [
      ...keyColumns<Value>(),
      ['referral_source', (x) => icac(x.record.summary)?.referralSource],
      ['referral_id', (x) => x.v.value],
    ],
  );
  const partners = build(
    'partner-agencies',
    itemsOf<Value>(sorted, (s) => icac(s)?.partnerAgencies),
    [...keyColumns<Value>(), ['agency', (x) => x.v.value]],
  );

  return [summaries, victims, suspects, exhibits, examinations, custody, services, referrals, referralIds, partners];
}
