import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { AppError } from '../../../shared/ipc/result';
import { AutoLockMinutes, ChangeForm } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { PassphraseField } from '../../components/passphrase-field';
import { useCan, useSession } from '../../lib/session';

const AutoLockForm = z.strictObject({
  minutes: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { message: 'v.autoLock' })
    .transform(Number)
    .pipe(AutoLockMinutes),
});

/**
 * Everyone changes their own passphrase here; administrators also set the idle minutes before
 * the app locks, and the app adds the backups panel for them.
 */
export function SecurityPage({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const can = useCan();
  const id = useId();
  return (
    <div className="security-page">
      <h2 id={`${id}-title`} className="page-title">
        {can('backups:list') ? t('security.title') : t('nav.passphrase')}
      </h2>
      <ChangePassphrase />
      {can('session:setAutoLock') ? <AutoLock /> : null}
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
        <PassphraseField
          label={t('lock.newPassphrase')}
          registration={register('next')}
          error={errors.next?.message}
          hint={t('lock.setup.rules')}
          autoComplete="new-password"
          strengthOf={next}
        />
        <PassphraseField
          label={t('lock.newPassphraseAgain')}
          registration={register('repeat')}
          error={errors.repeat?.message}
          autoComplete="new-password"
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

function AutoLock() {
  const { t, tMessage } = useI18n();
  const id = useId();
  const session = useSession();
  const [error, setError] = useState<AppError>();
  const [saved, setSaved] = useState<number>();
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof AutoLockForm>,
    unknown,
    z.output<typeof AutoLockForm>
  >({
    resolver: zodResolver(AutoLockForm),
    defaultValues: { minutes: String(session?.status.autoLockMinutes ?? 10) },
  });
  const submit = handleSubmit(async ({ minutes }) => {
    const result = await api.session.setAutoLock({ minutes });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setSaved(result.value.autoLockMinutes);
      session?.setStatus(result.value);
    }
  });
  const fieldError = formState.errors.minutes?.message;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('security.autoLock.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('security.autoLock.minutes')}</label>
          <input
            id={`${id}-minutes`}
            className="narrow"
            inputMode="numeric"
            aria-invalid={fieldError ? true : undefined}
            {...register('minutes')}
          />
          {fieldError ? (
            <p role="alert" className="field-error">
              {tMessage(fieldError)}
            </p>
          ) : null}
        </div>
        <button type="submit">{t('common.save')}</button>
      </form>
      {saved !== undefined ? (
        <p role="status" className="ok">
          {t('security.autoLock.saved', { minutes: saved })}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </section>
  );
}
