import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { diffSummaries } from '../../../shared/domain/history';
import type { CaseRecord } from '../../../shared/schemas/case';
import { recordOf, summaryOf } from '../../../shared/testing/records';
import { sent, serve } from '../../test/fake-api';
import { stubModalDialogs } from '../../test/modal-dialogs';
import { renderSignedIn, signedIn } from '../../test/session';
import { HistoryPanel } from './history-panel';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

beforeAll(stubModalDialogs);

const base = recordOf(summaryOf('HIT'), { revision: 2 });
const record: CaseRecord = {
  ...base,
  history: [
    ...base.history,
    {
      revision: 2,
      at: '2025-05-02T03:00:00.000Z',
      by: 'Sok Dara',
      action: 'edited',
      changes: [
        { path: 'district', from: 'Daun Penh', to: 'Chamkar Mon' },
        { path: 'province', from: null, to: '12' },
        { path: 'status', from: 'open', to: 'closed' },
      ],
    },
  ],
};
const note = {
  redacted: true as const,
  by: 'Chan Sophea',
  at: '2025-06-01T02:00:00.000Z',
  reason: 'Wrong child named',
};
const redacted: CaseRecord = {
  ...record,
  history: record.history.map((e) =>
    e.revision === 2
      ? { ...e, changes: e.changes.map((c) => (c.path === 'district' ? { ...c, from: note, to: note } : c)) }
      : e,
  ),
};

/** The edit page's part: it shows the record main answers after a redaction. */
function Page({ onRedacted }: { onRedacted: (record: CaseRecord) => void }) {
  const [shown, setShown] = useState(record);
  return (
    <HistoryPanel
      record={shown}
      onRedacted={(updated) => {
        onRedacted(updated);
        setShown(updated);
      }}
    />
  );
}

describe('HistoryPanel', () => {
  it('an administrator redacts one change with a reason; the history then says who removed it, when and why', async () => {
    serve({ 'cases:redact': () => redacted });
    const onRedacted = vi.fn();
    renderSignedIn(<Page onRedacted={onRedacted} />);
    expect(screen.getByText(/District: Daun Penh → Chamkar Mon/)).toBeTruthy();
    // Stored codes read as words: not "Province: (empty) -> 12" or "Status: open -> closed".
    expect(screen.getByText(/Province: \(empty\) → Phnom Penh/)).toBeTruthy();
    expect(screen.getByText(/Status: Open → Closed/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Redact District in revision 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Redact District from revision 2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Redact' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(sent('cases:redact')).toEqual([]);

    await user.type(within(dialog).getByLabelText('Reason'), 'Wrong child named');
    await user.click(within(dialog).getByRole('button', { name: 'Redact' }));
    await waitFor(() => expect(onRedacted).toHaveBeenCalledWith(redacted));
    expect(sent('cases:redact')).toEqual([
      { id: record.id, revision: 2, path: 'district', reason: 'Wrong child named' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();

    expect(screen.queryByText(/Daun Penh|Chamkar Mon/)).toBeNull();
    expect(screen.getByText(/District: \[removed by Chan Sophea on .*: Wrong child named\]/)).toBeTruthy();
    // Only the redacted change is no longer offered; the others still are.
    expect(screen.queryByRole('button', { name: 'Redact District in revision 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Redact Province in revision 2' })).toBeTruthy();
  });

  it('officers and coordinators are not offered redaction', () => {
    for (const role of ['officer', 'coordinator'] as const) {
      const { unmount } = renderSignedIn(<HistoryPanel record={record} onRedacted={vi.fn()} />, signedIn(role));
      expect(screen.getByText(/District: Daun Penh → Chamkar Mon/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: /^Redact/ })).toBeNull();
      unmount();
    }
  });

  it('an import says which PC it came from and what it changed here, each change redactable', () => {
    const imported: CaseRecord = {
      ...record,
      revision: 3,
      history: [
        ...record.history,
        {
          revision: 3,
          at: '2025-06-02T03:00:00.000Z',
          by: 'Sok Dara',
          action: 'imported',
          from: { pcId: '00000000-0000-4000-8000-00000000000b', pcName: 'OVA office' },
          changes: [{ path: 'status', from: 'open', to: 'awaiting-court' }],
        },
      ],
    };
    renderSignedIn(<HistoryPanel record={imported} onRedacted={vi.fn()} />);
    expect(screen.getByText(/^Revision 3: imported from OVA office by Sok Dara on /)).toBeTruthy();
    expect(screen.getByText(/Status: Open → Awaiting court/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redact Status in revision 3' })).toBeTruthy();
  });

  it('what a summary was entered with is folded under its creation, and an administrator can redact a value of it', async () => {
    const entered: CaseRecord = {
      ...record,
      history: record.history.map((e) =>
        e.action === 'created' ? { ...e, changes: diffSummaries(undefined, record.summary) } : e,
      ),
    };
    renderSignedIn(<HistoryPanel record={entered} onRedacted={vi.fn()} />);
    const created = screen.getByText(/^Entered with \d+ values$/);
    await userEvent.setup().click(created);
    expect(screen.getByText(/^District: \(empty\) → /)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redact District in revision 1' })).toBeTruthy();
  });
});
