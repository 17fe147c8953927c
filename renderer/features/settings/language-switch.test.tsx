import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/schemas/settings';
import { I18nProvider, useI18n } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { LanguageSwitch } from './language-switch';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

function Probe() {
  const { t, formatDate } = useI18n();
  return <p data-testid="probe">{`${t('nav.cases')} ${formatDate('2025-03-14')}`}</p>;
}

/** Holds the settings the way App does, so a choice re-renders the screen. */
function Harness() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  return (
    <I18nProvider language={settings.language} digits={settings.digits}>
      <LanguageSwitch settings={settings} onSaved={setSettings} />
      <Probe />
    </I18nProvider>
  );
}

beforeEach(() => {
  // Like the settings file: each update merges into what was saved before.
  let saved: Settings = DEFAULT_SETTINGS;
  serve({
    'settings:update': (patch) => {
      saved = { ...saved, ...patch };
      return saved;
    },
  });
});

describe('LanguageSwitch', () => {
  it('switches to Khmer at once and saves the choice', async () => {
    render(<Harness />);
    expect(screen.getByTestId('probe').textContent).toContain('Case summaries 14/03/2025');
    await userEvent.click(screen.getByRole('button', { name: 'ខ្មែរ' }));
    expect(screen.getByTestId('probe').textContent).toContain('សេចក្ដីសង្ខេបករណី 14 មីនា 2025');
    expect(screen.getByRole('button', { name: 'ខ្មែរ' }).getAttribute('aria-pressed')).toBe('true');
    expect(sent('settings:update')).toContainEqual({ language: 'km' });
  });

  it('shows Khmer digits when chosen', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'ខ្មែរ' }));
    await userEvent.selectOptions(screen.getByLabelText('លេខ'), 'khmer');
    expect(screen.getByTestId('probe').textContent).toContain('១៤ មីនា ២០២៥');
    expect(sent('settings:update').at(-1)).toEqual({ digits: 'khmer' });
  });

  it('puts the language back and says why when saving fails', async () => {
    serve({
      'settings:update': () => {
        throw new AppFailure('internal', 'disk full');
      },
    });
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'ខ្មែរ' }));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toContain('Case summaries'));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });
});
