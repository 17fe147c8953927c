import { CASE_STATUSES, OFFENCES } from '../../../shared/domain/lists';
import { PROVINCES_BY_NAME, provinceName } from '../../../shared/domain/provinces';
import type { Team } from '../../../shared/domain/teams';
import { useI18n } from '../../lib/i18n';
import { ChoiceGroup, DateField, SelectField, TextField, useOptions } from './fields';
import { SecondLeadWarning } from './second-lead-warning';

/**
 * Fields every team's summary shares. A new summary (`newFor`) says beside the reference when
 * its investigation already has a lead summary.
 */
export function CommonSection({ newFor }: { newFor?: { team: Team; carriedRef?: string | undefined } | undefined }) {
  const { t, language } = useI18n();
  // By name, as in the list's filter: officers look a province up by its name, not its code.
  const provinces = PROVINCES_BY_NAME[language].map((p) => ({ value: p.code, label: provinceName(p.code, language) }));
  return (
    <fieldset className="section">
      <legend>{t('case.form.section.common')}</legend>
      <TextField
        name="investigationRef"
        label={t('field.investigationRef')}
        hint={t('field.investigationRef.hint')}
        maxLength={40}
      />
      {newFor ? <SecondLeadWarning team={newFor.team} carriedRef={newFor.carriedRef} /> : null}
      <div className="grid-2">
        <DateField name="dateReported" label={t('field.dateReported')} />
        <DateField name="offenceDate" label={t('field.offenceDate')} optional />
      </div>
      <div className="grid-2">
        <SelectField name="province" label={t('field.province')} options={provinces} optional />
        <TextField name="district" label={t('field.district')} optional maxLength={80} />
      </div>
      <ChoiceGroup name="offences" legend={t('field.offences')} options={useOptions('offence', OFFENCES)} />
      <SelectField name="status" label={t('field.status')} options={useOptions('status', CASE_STATUSES)} />
      <TextField
        name="narrative"
        label={t('field.narrative')}
        hint={t('field.narrative.hint')}
        multiline
        maxLength={4000}
        optional
      />
    </fieldset>
  );
}
