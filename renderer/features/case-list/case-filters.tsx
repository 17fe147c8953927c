import { useId, useRef } from 'react';
import type { CaseFilter } from '../../../shared/domain/case-filter';
import { CASE_STATUSES, OFFENCES } from '../../../shared/domain/lists';
import { NO_PROVINCE, PROVINCES_BY_NAME, provinceName } from '../../../shared/domain/provinces';
import { TEAMS } from '../../../shared/domain/teams';
import { SEARCH_MAX } from '../../../shared/schemas/case';
import { useI18n } from '../../lib/i18n';

/** The list entry whose code is `value`, or undefined for "All" (typed without a cast). */
function pick<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => item === value);
}

interface Option {
  value: string;
  label: string;
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('case.filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Team, province, status, offence and free-text search over the loaded year. */
export function CaseFilters({ filter, onChange }: { filter: CaseFilter; onChange: (filter: CaseFilter) => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const set = (patch: CaseFilter) => onChange({ ...filter, ...patch });
  const search = useRef<HTMLInputElement>(null);
  const active = Object.values(filter).some(Boolean);

  return (
    <fieldset className="case-filters">
      <legend>{t('case.list.filters')}</legend>
      <div className="field search">
        <label htmlFor={`${id}-search`}>{t('case.list.search')}</label>
        <input
          ref={search}
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          // Main refuses longer searches (ListCasesRequest); no summary's words are that long anyway.
          maxLength={SEARCH_MAX}
          aria-describedby={`${id}-search-hint`}
          value={filter.search ?? ''}
          onChange={(e) => set({ search: e.target.value })}
        />
        <p id={`${id}-search-hint`} className="hint">
          {t('case.list.searchHint')}
        </p>
      </div>
      <FilterSelect
        label={t('case.filter.team')}
        value={filter.team}
        options={TEAMS.map((c) => ({ value: c, label: t(`team.${c}`) }))}
        onChange={(v) => set({ team: pick(TEAMS, v) })}
      />
      <FilterSelect
        label={t('case.filter.province')}
        value={filter.province}
        options={[
          ...PROVINCES_BY_NAME[language].map((p) => ({ value: p.code, label: provinceName(p.code, language) })),
          { value: NO_PROVINCE, label: provinceName(NO_PROVINCE, language) },
        ]}
        onChange={(v) => set({ province: v || undefined })}
      />
      <FilterSelect
        label={t('case.filter.status')}
        value={filter.status}
        options={CASE_STATUSES.map((c) => ({ value: c, label: t(`status.${c}`) }))}
        onChange={(v) => set({ status: pick(CASE_STATUSES, v) })}
      />
      <FilterSelect
        label={t('case.filter.offence')}
        value={filter.offence}
        options={OFFENCES.map((c) => ({ value: c, label: t(`offence.${c}`) }))}
        onChange={(v) => set({ offence: pick(OFFENCES, v) })}
      />
      {active ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onChange({});
            search.current?.focus();
          }}
        >
          {t('case.list.clearFilters')}
        </button>
      ) : null}
    </fieldset>
  );
}
