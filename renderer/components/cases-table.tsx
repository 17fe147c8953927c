import { useCallback, useState, type FocusEvent } from 'react';
import type { CaseSort, SortKey } from '../../shared/domain/case-filter';
import { toIsoDate } from '../../shared/domain/dates';
import { provinceName } from '../../shared/domain/provinces';
import type { MessageKey } from '../../shared/i18n/en';
import type { CaseRow } from '../../shared/schemas/case';
import { useRouter } from '../lib/router';
import { useI18n } from '../lib/i18n';
import { LoadingRow } from './loading-row';
import { ROW_HEIGHT, useVirtualRows } from '../lib/use-virtual-rows';

/**
 * Columns: label key, sort key (none for offences), the direction a first click sorts, and the
 * label the column has in a narrow list (see case-rows.css: under about 1,100 px the team column,
 * which the case code already names, is left out and "Last saved" shows the date alone, so the
 * offences keep room on a 1024 px screen).
 */
const COLUMNS: { label: MessageKey; sort?: SortKey; first?: 'asc' | 'desc'; narrow?: MessageKey | 'hidden' }[] = [
  { label: 'case.column.code', sort: 'caseCode' },
  { label: 'case.column.ref', sort: 'investigationRef' },
  { label: 'case.column.team', sort: 'team', narrow: 'hidden' },
  { label: 'case.column.dateReported', sort: 'dateReported', first: 'desc' },
  { label: 'case.column.province', sort: 'province' },
  { label: 'case.column.status', sort: 'status' },
  { label: 'case.column.offences' },
  { label: 'case.column.updatedBy', sort: 'updatedAt', first: 'desc', narrow: 'case.column.updatedAt' },
];

/** A column's class in a narrow list: gone, or its text given two ways (`wide-only`, `narrow-only`). */
const narrowClass = (column: (typeof COLUMNS)[number]) => (column.narrow === 'hidden' ? 'narrow-hidden' : undefined);

/** Text shown wide, and another (shorter) shown in a narrow list; a screen reader always reads the whole one. */
function WideOrNarrow({ wide, narrow }: { wide: string; narrow: string }) {
  return (
    <>
      <span className="wide-only">{wide}</span>
      <span className="narrow-only" aria-hidden="true">
        {narrow}
      </span>
    </>
  );
}

/** Stands in for the rows out of view, so the scroll bar stays true. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  );
}

interface Props {
  /** Rows in the whole (filtered) list, loaded or not. */
  total: number;
  /** The row at `index`, or undefined while its page is loading (a placeholder row shows). */
  rowAt(index: number): CaseRow | undefined;
  /** Told which rows are drawn, so their pages can be fetched. */
  onRange?: (first: number, last: number) => void;
  /** When it changes (a new filter or sort answered), the table shows from the top again. */
  resetKey: unknown;
  /** The id of the heading that names the table. */
  labelledBy: string;
  sort: CaseSort;
  onSort: (sort: CaseSort) => void;
}

/**
 * The year's summaries as a real table whose body renders only the rows in view, so
 * 30,000 rows scroll smoothly, and asks for the pages of rows it draws. Spacer rows (hidden
 * from assistive technology) keep the scroll height; aria-rowcount and aria-rowindex tell
 * screen readers where they are.
 */
export function CasesTable({ total, rowAt, onRange, resetKey, labelledBy, sort, onSort }: Props) {
  const { t, language, formatDate, formatDateTime } = useI18n();
  const { navigate } = useRouter();
  const keyOf = useCallback((index: number) => rowAt(index)?.id ?? index, [rowAt]);
  const { scroller, items, before, after } = useVirtualRows({ count: total, keyOf, resetKey, onRange });
  const texts = (row: CaseRow) => ({
    offences: row.offences.map((o) => t(`offence.${o}`)).join(', '),
    province: row.province ? provinceName(row.province, language) : '',
    saved: t('case.list.savedByOn', { by: row.updatedBy || '—', at: formatDateTime(row.updatedAt) }),
  });
  // The row the keyboard is in: its cut cells are shown whole below the table (see `RowDetails`).
  const [keyboardRow, setKeyboardRow] = useState<string>();
  const focused = (event: FocusEvent<HTMLElement>) => {
    const row = event.target.closest<HTMLElement>('tr[data-id]');
    setKeyboardRow(row && byKeyboard(event.target) ? row.dataset.id : undefined);
  };
  const left = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setKeyboardRow(undefined);
  };
  const details = keyboardRow
    ? items.map((item) => rowAt(item.index)).find((row) => row?.id === keyboardRow)
    : undefined;

  const header = (column: (typeof COLUMNS)[number]) => {
    const label =
      column.narrow && column.narrow !== 'hidden' ? (
        <WideOrNarrow wide={t(column.label)} narrow={t(column.narrow)} />
      ) : (
        t(column.label)
      );
    if (!column.sort)
      return (
        <th key={column.label} scope="col" className={narrowClass(column)}>
          {label}
        </th>
      );
    const key = column.sort;
    const active = sort.key === key;
    const next = active ? (sort.direction === 'asc' ? 'desc' : 'asc') : (column.first ?? 'asc');
    return (
      <th
        key={column.label}
        scope="col"
        className={narrowClass(column)}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button type="button" className="sort" onClick={() => onSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <div ref={scroller} className="cases-scroll">
        <table className="cases virtual" aria-labelledby={labelledBy} aria-rowcount={total + 1}>
          <colgroup>
            {COLUMNS.map((c) => (
              <col
                key={c.label}
                className={[`col-${c.sort ?? 'offences'}`, narrowClass(c)].filter(Boolean).join(' ')}
              />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>{COLUMNS.map(header)}</tr>
          </thead>
          <tbody onFocus={focused} onBlur={left}>
            {before > 0 ? <Spacer height={before} /> : null}
            {items.map((item) => {
              const row = rowAt(item.index);
              if (!row) return <LoadingRow key={item.key} index={item.index} columns={COLUMNS.length} />;
              const { offences, province, saved } = texts(row);
              return (
                <tr key={item.key} data-id={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  <td title={row.caseCode}>
                    <button type="button" className="link" onClick={() => void navigate({ name: 'edit', id: row.id })}>
                      {row.caseCode}
                    </button>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={t('case.list.openInvestigation', { ref: row.investigationRef })}
                      onClick={() => void navigate({ name: 'investigation', investigationRef: row.investigationRef })}
                    >
                      {row.investigationRef}
                    </button>
                  </td>
                  <td className="narrow-hidden">
                    <abbr title={t(`team.${row.team}`)}>{row.team}</abbr>
                  </td>
                  <td>{formatDate(row.dateReported)}</td>
                  <td title={province}>{province}</td>
                  <td>{t(`status.${row.status}`)}</td>
                  <td title={offences}>{offences}</td>
                  <td title={saved}>
                    <WideOrNarrow wide={saved} narrow={formatDate(toIsoDate(new Date(row.updatedAt)))} />
                  </td>
                </tr>
              );
            })}
            {after > 0 ? <Spacer height={after} /> : null}
          </tbody>
        </table>
      </div>
      {details ? <RowDetails code={details.caseCode} {...texts(details)} /> : null}
    </>
  );
}

/** Focus that the keyboard moved (`:focus-visible`); a click of the mouse is not. */
function byKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * The cells a narrow column cuts (province, offences, last saved), whole, for the row the
 * keyboard is in: the mouse reads them in a tooltip, which the keyboard never shows. Below the
 * table, so no row moves under the pointer. Screen readers read each cell whole already.
 */
function RowDetails({
  code,
  province,
  offences,
  saved,
}: { code: string } & Record<'province' | 'offences' | 'saved', string>) {
  return (
    <p className="row-details" aria-hidden="true">
      <strong>{code}</strong>
      {[province, offences, saved].filter(Boolean).map((text) => (
        <span key={text}> · {text}</span>
      ))}
    </p>
  );
}
