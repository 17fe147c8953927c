import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

/** How long an Undo stays offered once the officer is neither pointing at it nor focused in it. */
export const UNDO_MS = 8000;

export interface UndoOffer {
  /** What happened, e.g. "Victim 2 removed." */
  message: string;
  /** The Undo button's accessible name, e.g. "Undo: put Victim 2 back". */
  label: string;
  /** Puts back exactly what was removed; may ask main (the bin's restore). */
  undo: () => void | Promise<void>;
  /** Moves focus to the Undo button (the control the officer used has gone). */
  focus?: boolean;
  /**
   * Where Tab from the Undo button (and Escape, which also lets the offer go) takes the officer:
   * back to where they were working, not on past the end of the page. Without it, Tab moves on.
   */
  returnTo?: () => HTMLElement | null | undefined;
}

/** How many removals in a row can be undone, newest first. */
export const UNDO_DEPTH = 10;

/**
 * "Victim 2 removed. [Undo]" for a few seconds, in a status region that is always on the page,
 * so a screen reader announces it; it stays while the pointer is over it or focus is in it, and
 * Undo is a button like any other (Tab, Enter). Removals made one after another are undone
 * newest first: once one is put back, the one before it is offered (with the timer started
 * again); when the notice goes, none is offered any more. Returns the function that offers an
 * Undo and the notice, to be placed where the officer looks.
 */
export function useUndoNotice(): [(offer: UndoOffer) => void, ReactNode] {
  const [offers, setOffers] = useState<(UndoOffer & { n: number })[]>([]);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const count = useRef(0);
  // Focus moves to Undo once its button is on the page (a page may first reload what changed).
  const wantFocus = useRef(false);
  const button = useCallback((element: HTMLButtonElement | null) => {
    if (element && wantFocus.current) {
      wantFocus.current = false;
      element.focus();
    }
  }, []);
  const show = useCallback((next: UndoOffer) => {
    wantFocus.current = next.focus === true;
    setHeld({ hover: false, focus: false });
    count.current += 1;
    const offer = { ...next, n: count.current };
    setOffers((previous) => [...previous.slice(1 - UNDO_DEPTH), offer]);
  }, []);
  const offer = offers.at(-1);
  const undone = useCallback((n: number, focused: boolean) => {
    // The earlier offer's button replaces this one: focus left on Undo stays on Undo.
    wantFocus.current = focused;
    setOffers((previous) => previous.filter((o) => o.n !== n));
  }, []);

  useEffect(() => {
    if (!offer || held.hover || held.focus) return;
    const timer = setTimeout(() => setOffers([]), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer, held]);

  const notice = (
    <div
      className={offer ? 'undo-notice' : 'undo-notice empty'}
      role="status"
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      {offer ? (
        <UndoBody
          key={offer.n}
          offer={offer}
          button={button}
          onDone={(focused) => undone(offer.n, focused)}
          onDismiss={() => setOffers([])}
        />
      ) : null}
    </div>
  );
  return [show, notice];
}

function UndoBody({
  offer,
  button,
  onDone,
  onDismiss,
}: {
  offer: UndoOffer;
  button: (element: HTMLButtonElement | null) => void;
  /** `focused`: whether the Undo button still had focus once the undo was done. */
  onDone: (focused: boolean) => void;
  /** Escape: nothing is offered any more. */
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <>
      <span>{offer.message}</span>{' '}
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-label={offer.label}
        disabled={busy}
        onKeyDown={(event) => {
          const back = event.key === 'Escape' || (event.key === 'Tab' && !event.shiftKey && !event.altKey);
          const target = back ? offer.returnTo?.() : undefined;
          if (!target) return;
          event.preventDefault();
          target.focus();
          if (event.key === 'Escape') onDismiss();
        }}
        onClick={async (event) => {
          const self = event.currentTarget;
          setBusy(true);
          try {
            await offer.undo();
          } finally {
            setBusy(false);
            // Focus the undo left on this button (it did not move it to what it put back) goes to the next Undo.
            onDone(document.activeElement === self);
          }
        }}
      >
        {t('case.form.undo')}
      </button>
    </>
  );
}
