import { displayValue, fieldLabel } from '../../shared/domain/display';
import type { NumberStyle } from '../../shared/i18n/format';
import { isMessageKey, type Language } from '../../shared/i18n/translate';
import { label } from './labels';

/**
 * What a column holds, which decides how each file writes it: a `code` stays text (a province
 * `09` keeps its zero), a `label` is the code as officers read it in the chosen language, a
 * `date` is `YYYY-MM-DD` stored (a date cell in XLSX), a `datetime` is a stored UTC time shown
 * in Phnom Penh time.
 */
export type ColumnKind = 'code' | 'label' | 'text' | 'number' | 'date' | 'datetime';

/** A stored value of a cell, before a writer turns it into CSV text or an XLSX cell. */
export type CaseCell = string | number | undefined;

export interface CaseColumn {
  /** The column's code: the same in every language, for programs (`date_reported`). */
  code: string;
  /** The column's name in the chosen language ("Date reported"). */
  header: string;
  kind: ColumnKind;
  /** What the column means, in the chosen language: a line of the README. */
  about: string;
}

/** How a column is defined: its code, kind, name and meaning, and how to read its value. */
export interface ColumnDef<T> {
  column: CaseColumn;
  value: (item: T) => CaseCell;
}

/** Builds a table's columns in one language: names from the form's field labels or this feature's own. */
export function columnKit(language: Language) {
  const style: NumberStyle = { language, digits: 'latin' };
  const about = (kind: ColumnKind, what: string) => label(language, `caseFiles.about.${kind}`, { what });
  const make = <T>(
    code: string,
    kind: ColumnKind,
    header: string,
    value: (item: T) => CaseCell,
    meaning?: string,
  ): ColumnDef<T> => ({ column: { code, header, kind, about: meaning ?? about(kind, header) }, value });

  return {
    style,
    /** A field of the form, named as the form names it (`dateReported` → "Date reported"). */
    field: <T>(code: string, path: string, kind: ColumnKind, value: (item: T) => CaseCell) =>
      make(code, kind, fieldLabel(path, style), value),
    /** A column of the files only (`case_id`), named and explained by `caseFiles.column.*` / `caseFiles.about.*`. */
    own: <T>(code: string, kind: ColumnKind, value: (item: T) => CaseCell) => {
      const meaning = `caseFiles.about.${code}`;
      const header = label(language, `caseFiles.column.${code}`);
      return make(code, kind, header, value, isMessageKey(meaning) ? label(language, meaning) : undefined);
    },
    /**
     * A coded field as two columns: its code (text, the same in every language) and the value as
     * officers read it (`displayValue`: option labels, province names, yes or no).
     */
    coded: <T>(
      codeColumn: string,
      labelColumn: string,
      path: string,
      value: (item: T) => string | boolean | readonly string[] | undefined,
      /** Where `displayValue` finds the list when the key alone is ambiguous (an examination's `type`). */
      listPath = path,
    ): ColumnDef<T>[] => {
      const name = fieldLabel(path, style);
      // A coded field has a handful of values: each is looked up in the catalogue once per table.
      const labels = new Map<string, string>();
      const shown = (v: string | boolean | readonly string[]): string => {
        const key = typeof v === 'string' ? `s${v}` : typeof v === 'boolean' ? `b${v}` : `a${v.join('\u0000')}`;
        let text = labels.get(key);
        if (text === undefined) {
          text = displayValue(listPath, v, style);
          labels.set(key, text);
        }
        return text;
      };
      const codeOf = (item: T): CaseCell => {
        const v = value(item);
        if (v === undefined) return undefined;
        if (typeof v === 'boolean') return v ? 'yes' : 'no';
        return typeof v === 'string' ? v : v.join('; ');
      };
      const labelOf = (item: T): CaseCell => {
        const v = value(item);
        return v === undefined || v === '' ? undefined : shown(v);
      };
      return [
        make(codeColumn, 'code', label(language, 'caseFiles.codeOf', { what: name }), codeOf),
        make(labelColumn, 'label', name, labelOf),
      ];
    },
  };
}

export type ColumnKit = ReturnType<typeof columnKit>;
