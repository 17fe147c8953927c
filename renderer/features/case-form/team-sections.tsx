import {
  EXAMINATIONS,
  EXHIBIT_TYPES,
  ONLINE_OFFENCES,
  REFERRAL_SOURCES,
  SERVICES,
  SEXES,
  VICTIM_OUTCOMES,
} from '../../../shared/domain/lists';
import type { Team } from '../../../shared/domain/teams';
import { useI18n } from '../../lib/i18n';
import { CheckboxField, ChoiceGroup, DateField, NumberField, SelectField, TextField, useOptions } from './fields';
import { RepeatGroup } from './repeat-group';
import { SuspectsGroup } from './suspects-group';
import { emptyRow } from './team-defaults';

function HitSection() {
  const { t } = useI18n();
  const sexes = useOptions('sex', SEXES);
  const outcomes = useOptions('outcome', VICTIM_OUTCOMES);
  return (
    <>
      <RepeatGroup name="victims" title={t('group.victims')} label={t('field.victims')} empty={emptyRow.victim}>
        {(p) => (
          <div className="grid-3">
            <NumberField name={`${p}.age`} label={t('field.age')} />
            <SelectField name={`${p}.sex`} label={t('field.sex')} options={sexes} />
            <SelectField name={`${p}.outcome`} label={t('field.outcome')} options={outcomes} />
          </div>
        )}
      </RepeatGroup>
      <div className="grid-2">
        <CheckboxField name="homicide" label={t('field.homicide')} />
        <CheckboxField name="suspiciousDeath" label={t('field.suspiciousDeath')} />
      </div>
      <SuspectsGroup />
    </>
  );
}

function IcacSection() {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        name="referralSource"
        label={t('field.referralSource')}
        options={useOptions('referral', REFERRAL_SOURCES)}
      />
      <RepeatGroup
        name="referralIds"
        title={t('group.referralIds')}
        label={t('field.referralIds')}
        empty={emptyRow.value}
      >
        {(p) => <TextField name={`${p}.value`} label={t('field.referralIds')} maxLength={40} />}
      </RepeatGroup>
      <ChoiceGroup
        name="onlineOffences"
        legend={t('field.onlineOffences')}
        options={useOptions('online', ONLINE_OFFENCES)}
      />
      <div className="grid-3">
        <NumberField name="devicesSeized" label={t('field.devicesSeized')} />
        <NumberField name="forensicExams" label={t('field.forensicExams')} />
        <NumberField name="victimsIdentified" label={t('field.victimsIdentified')} />
      </div>
      <RepeatGroup
        name="partnerAgencies"
        title={t('group.partnerAgencies')}
        label={t('field.partnerAgencies')}
        empty={emptyRow.value}
      >
        {(p) => <TextField name={`${p}.value`} label={t('field.agency')} maxLength={80} />}
      </RepeatGroup>
      <SuspectsGroup />
    </>
  );
}

function FstSection() {
  const { t } = useI18n();
  const types = useOptions('exhibit', EXHIBIT_TYPES);
  const exams = useOptions('exam', EXAMINATIONS);
  return (
    <RepeatGroup name="exhibits" title={t('group.exhibits')} label={t('field.exhibits')} empty={emptyRow.exhibit}>
      {(p) => (
        <>
          <div className="grid-3">
            <TextField name={`${p}.reference`} label={t('field.reference')} maxLength={40} />
            <SelectField name={`${p}.type`} label={t('field.type')} options={types} />
            <DateField name={`${p}.dateCollected`} label={t('field.dateCollected')} />
          </div>
          <TextField
            name={`${p}.sha256`}
            label={t('field.sha256')}
            hint={t('field.sha256.hint')}
            optional
            maxLength={64}
          />
          <RepeatGroup
            name={`${p}.examinations`}
            title={t('group.examinations')}
            label={t('field.examinations')}
            empty={emptyRow.examination}
          >
            {(q) => (
              <div className="grid-3">
                <SelectField name={`${q}.type`} label={t('field.type')} options={exams} />
                <DateField name={`${q}.date`} label={t('field.date')} optional />
                <TextField name={`${q}.result`} label={t('field.result')} optional maxLength={500} />
              </div>
            )}
          </RepeatGroup>
          <RepeatGroup
            name={`${p}.custody`}
            title={t('group.custody')}
            label={t('field.custody')}
            empty={emptyRow.custody}
          >
            {(q) => (
              <div className="grid-3">
                <TextField name={`${q}.holder`} label={t('field.holder')} maxLength={80} />
                <DateField name={`${q}.date`} label={t('field.date')} />
                <TextField name={`${q}.place`} label={t('field.place')} maxLength={80} />
              </div>
            )}
          </RepeatGroup>
        </>
      )}
    </RepeatGroup>
  );
}

function OvaSection() {
  const { t } = useI18n();
  const services = useOptions('service', SERVICES);
  return (
    <>
      <div className="grid-2">
        <NumberField name="victimsSupported" label={t('field.victimsSupported')} />
        <NumberField name="familyMembersSupported" label={t('field.familyMembersSupported')} />
        <NumberField name="courtAccompaniments" label={t('field.courtAccompaniments')} />
        <NumberField name="bereavedFamiliesSupported" label={t('field.bereavedFamiliesSupported')} />
      </div>
      <RepeatGroup name="services" title={t('group.services')} label={t('field.services')} empty={emptyRow.service}>
        {(p) => (
          <div className="grid-2">
            <SelectField name={`${p}.service`} label={t('field.service')} options={services} />
            <DateField name={`${p}.date`} label={t('field.date')} />
          </div>
        )}
      </RepeatGroup>
      <RepeatGroup name="referrals" title={t('group.referrals')} label={t('field.referrals')} empty={emptyRow.referral}>
        {(p) => (
          <div className="grid-2">
            <TextField name={`${p}.agency`} label={t('field.agency')} maxLength={80} />
            <DateField name={`${p}.date`} label={t('field.date')} optional />
          </div>
        )}
      </RepeatGroup>
    </>
  );
}

/** The part of the form that only one team fills in. */
export function TeamSection({ team }: { team: Team }) {
  const { t } = useI18n();
  const body = { HIT: <HitSection />, ICAC: <IcacSection />, FST: <FstSection />, OVA: <OvaSection /> }[team];
  return (
    <fieldset className="section">
      <legend>{t('case.form.section.team', { team })}</legend>
      {body}
    </fieldset>
  );
}
