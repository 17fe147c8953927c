import { COURT_STAGES, RELATIONSHIPS, SEXES } from '../../../shared/domain/lists';
import { useI18n } from '../../lib/i18n';
import { CheckboxField, DateField, NumberField, SelectField, TextField, useOptions } from './fields';
import { RepeatGroup } from './repeat-group';

export const emptySuspect = () => ({
  age: '',
  sex: '',
  relationship: '',
  arrested: false,
  arrestDate: '',
  charges: '',
  courtStage: 'not-charged',
  courtOutcome: '',
});

/** Suspects, for HIT and ICAC: relationship, arrest, charges and court. */
export function SuspectsGroup() {
  const { t } = useI18n();
  const sexes = useOptions('sex', SEXES);
  const relationships = useOptions('relationship', RELATIONSHIPS);
  const stages = useOptions('court', COURT_STAGES);
  return (
    <RepeatGroup name="suspects" title={t('group.suspects')} label={t('field.suspects')} empty={emptySuspect}>
      {(p) => (
        <>
          <div className="grid-3">
            <NumberField name={`${p}.age`} label={t('field.age')} optional />
            <SelectField name={`${p}.sex`} label={t('field.sex')} options={sexes} />
            <SelectField name={`${p}.relationship`} label={t('field.relationship')} options={relationships} />
          </div>
          <div className="grid-3">
            <CheckboxField name={`${p}.arrested`} label={t('field.arrested')} />
            <DateField name={`${p}.arrestDate`} label={t('field.arrestDate')} optional />
            <SelectField name={`${p}.courtStage`} label={t('field.courtStage')} options={stages} />
          </div>
          <TextField name={`${p}.charges`} label={t('field.charges')} optional maxLength={200} />
          <TextField name={`${p}.courtOutcome`} label={t('field.courtOutcome')} optional maxLength={500} />
        </>
      )}
    </RepeatGroup>
  );
}
