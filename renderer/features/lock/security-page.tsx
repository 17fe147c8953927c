import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { AppError, Result } from '../../../shared/ipc/result';
import { parseWholeNumber } from '../../../shared/domain/numerals';
import { AutoLockMinutes, ChangeForm } from '../../../shared/schemas/session';
import { Settings } from '../../../shared/schemas/settings';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { NewPassphraseFields, PassphraseField } from '../../components/passphrase-field';
import { useCan, useCanSet, useSession } from '../../lib/session';
import { useApiResult } from '../../lib/use-api-result';
import { LetterheadSection } from './letterhead-section';

/**
 * Everyone changes their own passphrase here; administrators also set the idle minutes before
 * the app locks, and the app adds the backups panel for them.
 */
export function SecurityPage({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const can = useCan();
  const canSet = useCanSet();
  const id = useId();
  return (
    <div className="security-page">
      <h2 id={`${id}-title`} className="page-title">
        {can('backups:list') ? t('security.title') : t('nav.passphrase')}
      </h2>
      <ChangePassphrase />
      {can('session:setAutoLock') ? <AutoLock /> : null}
      {canSet('binRetentionDays') ? <BinRetention /> : null}
      {canSet('unitName') ? <LetterheadSection /> : null}
      {children}
    </div>
  );
}

function ChangePassphrase() {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, reset, control } = useForm<
    z.input<typeof ChangeForm>,
    unknown,
    z.output<typeof ChangeForm>
  >({
    resolver: zodResolver(ChangeForm),
    defaultValues: { current: '', next: '', repeat: '' },
  });
  const next = useWatch({ control, name: 'next' });
  const submit = handleSubmit(async ({ current, next }) => {
    setDone(false);
    const result = await api.session.changePassphrase({ current, next });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setDone(true);
      reset();
    }
  });
  const errors = formState.errors;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('security.change.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <PassphraseField
          label={t('security.currentPassphrase')}
          registration={register('current')}
          error={errors.current?.message}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          label={t('lock.newPassphrase')}
          againLabel={t('lock.newPassphraseAgain')}
          hint={t('lock.setup.rules')}
          fields={{ first: register('next'), again: register('repeat') }}
          errors={{ first: errors.next?.message, again: errors.repeat?.message }}
          typed={next}
        />
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('lock.working') : t('security.change.submit')}
        </button>
      </form>
      {done ? (
        <p role="status" className="ok">
          {t('security.change.done')}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </section>
  );
}

/** A whole number typed in Latin or Khmer digits (grouped or not), checked by `rule` once it is one. */
const wholeNumber = (message: string, rule: z.ZodType<number, number>) =>
  z.strictObject({
    value: z
      .string()
      .transform((text, ctx) => {
        const n = parseWholeNumber(text);
        if (n === undefined) ctx.addIssue({ code: 'custom', message });
        return n ?? z.NEVER;
      })
      .pipe(rule),
  });

const AutoLockForm = wholeNumber('v.autoLock', AutoLockMinutes);
const RetentionForm = wholeNumber('v.retention', Settings.shape.binRetentionDays);
type NumberForm = typeof AutoLockForm;

interface NumberSettingProps {
  title: string;
  hint?: string;
  label: string;
  initial: number;
  form: NumberForm;
  /** Saves the number; answers what main kept, or its refusal. */
  save: (value: number) => Promise<Result<number>>;
  saved: (value: number) => string;
}

/** One setting that is a whole number: its card, field, message and what main answered. */
function NumberSetting({ title, hint, label, initial, form, save, saved: savedText }: NumberSettingProps) {
  const { t, tMessage, formatNumber } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const [saved, setSaved] = useState<number>();
  const { register, handleSubmit, formState } = useForm<z.input<NumberForm>, unknown, z.output<NumberForm>>({
    resolver: zodResolver(form),
    // In the officer's digits, ungrouped (a Khmer group mark is a dot, which the field would refuse).
    defaultValues: { value: formatNumber(initial, { grouping: false }) },
  });
  const submit = handleSubmit(async ({ value }) => {
    const result = await save(value);
    setError(result.ok ? undefined : result.error);
    setSaved(result.ok ? result.value : undefined);
  });
  const fieldError = formState.errors.value?.message;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint ? <p className="muted">{hint}</p> : null}
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <div className="field">
          <label htmlFor={`${id}-value`}>{label}</label>
          <input
            id={`${id}-value`}
            className="narrow"
            inputMode="numeric"
            aria-invalid={fieldError ? true : undefined}
            {...register('value')}
          />
          {fieldError ? (
            <p role="alert" className="field-error">
              {tMessage(fieldError)}
            </p>
          ) : null}
        </div>
        <button type="submit">{t('common.save')}</button>
      </form>
      {/* The last "saved" goes once a newer value is refused: the screen never says both. */}
      {saved !== undefined && !fieldError ? (
        <p role="status" className="ok">
          {savedText(saved)}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </section>
  );
}

function AutoLock() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <NumberSetting
      title={t('security.autoLock.title')}
      label={t('security.autoLock.minutes')}
      initial={session?.status.autoLockMinutes ?? 10}
      form={AutoLockForm}
      save={async (minutes) => {
        const result = await api.session.setAutoLock({ minutes });
        if (!result.ok) return result;
        session?.setStatus(result.value);
        return { ok: true, value: result.value.autoLockMinutes };
      }}
      saved={(minutes) => t('security.autoLock.saved', { minutes })}
    />
  );
}

/** How long a summary stays in the bin before it is purged for good (administrators). */
function BinRetention() {
  const { t } = useI18n();
  const { value: settings, error: loadError } = useApiResult(() => api.settings.get({}), []);
  if (loadError) return <ErrorBanner error={loadError} />;
  if (!settings) return null;
  return (
    <NumberSetting
      title={t('security.retention.title')}
      hint={t('security.retention.hint')}
      label={t('security.retention.days')}
      initial={settings.binRetentionDays}
      form={RetentionForm}
      save={async (days) => {
        const result = await api.settings.update({ binRetentionDays: days });
        return result.ok ? { ok: true, value: result.value.binRetentionDays } : result;
      }}
      saved={(days) => t('security.retention.saved', { days })}
    />
  );
}
