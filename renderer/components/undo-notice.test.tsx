import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { UNDO_MS, useUndoNotice, type UndoOffer } from './undo-notice';

function Harness({ offer, second }: { offer: UndoOffer; second?: UndoOffer }) {
  const [show, notice] = useUndoNotice();
  return (
    <I18nProvider language="en">
      <button type="button" onClick={() => show(offer)}>
        remove
      </button>
      {second ? (
        <button type="button" onClick={() => show(second)}>
          remove another
        </button>
      ) : null}
      {notice}
    </I18nProvider>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const offer = (undo = vi.fn()) => ({ message: 'Victim 2 removed.', label: 'Undo: put Victim 2 back', undo });

describe('the Undo notice', () => {
  it('goes after a few seconds, but stays while focus is in it or the pointer is over it', () => {
    render(<Harness offer={{ ...offer(), focus: true }} />);
    fireEvent.click(screen.getByText('remove'));
    const undo = screen.getByRole('button', { name: 'Undo: put Victim 2 back' });
    expect(document.activeElement).toBe(undo);
    act(() => vi.advanceTimersByTime(UNDO_MS * 3));
    expect(screen.getByRole('button', { name: 'Undo: put Victim 2 back' })).toBe(undo);

    act(() => undo.blur());
    fireEvent.mouseEnter(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(UNDO_MS * 3));
    expect(screen.getByRole('button', { name: 'Undo: put Victim 2 back' })).toBeTruthy();

    fireEvent.mouseLeave(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(UNDO_MS + 1));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    // The status region stays on the page, empty, ready to announce the next one.
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('Undo runs once and the notice goes', async () => {
    const undo = vi.fn();
    render(<Harness offer={offer(undo)} />);
    fireEvent.click(screen.getByText('remove'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: put Victim 2 back' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(undo).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('undoes removals made one after another newest first, focus staying on Undo, until the notice goes', async () => {
    const first = vi.fn();
    const second = vi.fn();
    render(
      <Harness
        offer={{ ...offer(first), focus: true }}
        second={{ message: 'Victim 3 removed.', label: 'Undo: put Victim 3 back', undo: second, focus: true }}
      />,
    );
    fireEvent.click(screen.getByText('remove'));
    fireEvent.click(screen.getByText('remove another'));
    const latest = screen.getByRole('button', { name: 'Undo: put Victim 3 back' });
    expect(screen.queryByRole('button', { name: 'Undo: put Victim 2 back' })).toBeNull();
    latest.focus();
    fireEvent.click(latest);
    await act(async () => {
      await Promise.resolve();
    });
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
    const earlier = screen.getByRole('button', { name: 'Undo: put Victim 2 back' });
    expect(document.activeElement).toBe(earlier);
    expect(screen.getByRole('status').textContent).toContain('Victim 2 removed.');

    // Once the notice goes, no earlier removal is offered again.
    act(() => earlier.blur());
    act(() => vi.advanceTimersByTime(UNDO_MS + 1));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    fireEvent.click(screen.getByText('remove another'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: put Victim 3 back' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(first).not.toHaveBeenCalled();
  });
});
