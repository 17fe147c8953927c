import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Team } from '../../../shared/domain/teams';
import { AppFailure } from '../../../shared/ipc/result';
import type { CaseRecord } from '../../../shared/schemas/case';
import { sampleSummary } from '../../../shared/testing/samples';
import { RouterProvider, useRouter } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { InvestigationPage } from './investigation-page';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const REF = 'CPU-2025-014';

function record(team: Team, n: number, dateReported = '2025-03-14'): CaseRecord {
  const at = '2025-03-14T08:00:00.000Z';
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseCode: `${team}-2025-${String(n).padStart(4, '0')}`,
    revision: 1,
    createdAt: at,
    createdBy: 'Sokha',
    updatedAt: at,
    updatedBy: 'Sokha',
    summary: { ...sampleSummary(team, REF), dateReported },
    history: [],
  };
}

function serveRecords(records: CaseRecord[]) {
  serve({ 'cases:investigation': () => ({ investigationRef: REF, records }) });
}

function RouteProbe() {
  const { route } = useRouter();
  return <div data-testid="route">{JSON.stringify(route)}</div>;
}

function renderPage() {
  render(
    <I18nProvider language="en">
      <RouterProvider>
        <InvestigationPage investigationRef={REF} />
        <RouteProbe />
      </RouterProvider>
    </I18nProvider>,
  );
}

describe('InvestigationPage', () => {
  it('warns when only support teams (OVA, FST) have summaries', async () => {
    serveRecords([record('OVA', 1), record('FST', 2)]);
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no lead summary from HIT or ICAC');
    expect(sent('cases:investigation')).toContainEqual({ investigationRef: REF });
  });

  it('does not warn when a HIT summary leads, and groups teams HIT, ICAC, FST, OVA', async () => {
    serveRecords([record('OVA', 1), record('FST', 2), record('HIT', 3), record('OVA', 4, '2025-01-02')]);
    renderPage();
    await screen.findAllByRole('table');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'HIT: Homicide / major-crimes Investigation Team',
      'ICAC: Internet Crimes Against Children',
      'FST: Forensic Services Team',
      'OVA: Office of Victim Assistance',
    ]);
    expect(screen.getByText('No ICAC summary.')).toBeTruthy();
    const ova = screen.getByRole('table', { name: 'OVA: Office of Victim Assistance' });
    expect(
      within(ova)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['OVA-2025-0004', 'OVA-2025-0001']);
    expect(within(ova).getAllByRole('row')[1]?.textContent).toContain('02/01/2025');
  });

  it('does not warn when only an ICAC summary exists, and opens a summary for editing', async () => {
    const icac = record('ICAC', 9);
    serveRecords([icac]);
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'ICAC-2025-0009' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({ name: 'edit', id: icac.id });
  });

  it('shows a failed call', async () => {
    serve({
      'cases:investigation': () => {
        throw new AppFailure('internal', 'boom');
      },
    });
    renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong.');
  });
});
