import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Question {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
}

/**
 * A modal question that resolves to true or false. Built on <dialog> so focus is trapped
 * and Escape cancels. The confirming button takes focus, except when confirming destroys
 * something (`danger`): then the safe choice does, so Enter pressed by habit loses nothing.
 */
export function useConfirm(): [ReactNode, (q: Question) => Promise<boolean>] {
  const [question, setQuestion] = useState<Question>();
  const resolver = useRef<((answer: boolean) => void) | undefined>(undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  /** What had focus when the question opened: it gets it back when the answer is no (Cancel, Escape). */
  const opener = useRef<HTMLElement | undefined>(undefined);
  const refocus = useRef<HTMLElement | undefined>(undefined);
  const id = useId();

  const ask = useCallback((q: Question) => {
    setQuestion(q);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = useCallback((value: boolean) => {
    // A yes leads on (a move to the bin, another screen), which places focus itself.
    refocus.current = value ? undefined : opener.current;
    resolver.current?.(value);
    resolver.current = undefined;
    setQuestion(undefined);
  }, []);

  useEffect(() => {
    const el = dialog.current;
    if (!question) {
      refocus.current?.focus();
      refocus.current = undefined;
    } else if (el && !el.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
      el.showModal();
      (question.danger ? cancelButton : confirmButton).current?.focus();
    }
  }, [question]);

  const element = question ? (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <h2 id={`${id}-title`}>{question.title}</h2>
      <p id={`${id}-body`}>{question.body}</p>
      <div className="actions">
        <button type="button" ref={cancelButton} className="secondary" onClick={() => answer(false)}>
          {question.cancel}
        </button>
        <button
          type="button"
          ref={confirmButton}
          className={question.danger ? 'danger' : undefined}
          onClick={() => answer(true)}
        >
          {question.confirm}
        </button>
      </div>
    </dialog>
  ) : null;
  return [element, ask];
}
