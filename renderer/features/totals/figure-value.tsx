import { createContext, useContext } from 'react';
import type { Figure } from '../../../shared/domain/totals';
import { useI18n } from '../../lib/i18n';
import { useNumbers } from '../../lib/numbers';

/** What a figure opens: its label, its value and the summaries behind it. */
export interface Drill {
  label: string;
  value: number;
  ids: readonly string[];
}

type OpenDrill = (drill: Drill, trigger: HTMLElement) => void;

/** The page's way to open the list behind a figure, so no component has to pass it down. */
export const DrillContext = createContext<OpenDrill | undefined>(undefined);

function useOpenDrill(): OpenDrill {
  const open = useContext(DrillContext);
  if (!open) throw new Error('FigureValue outside DrillContext');
  return open;
}

interface Props {
  figure: Figure;
  /** What the figure counts, for the button's accessible name and the list's title. */
  label: string;
  className?: string;
  /** Shown instead of the plain count (e.g. a money amount). */
  text?: string;
  /** The button's name when the label and value do not read well together. */
  name?: string;
}

/**
 * A count that opens the summaries behind it. A button (Enter and Space work) when there
 * is something to open; plain text for a zero.
 */
export function FigureValue({ figure, label, className = 'figure-value', text, name }: Props) {
  const { t } = useI18n();
  const open = useOpenDrill();
  const numbers = useNumbers();
  const shown = text ?? numbers.count(figure.value);
  if (figure.value === 0 || figure.ids.length === 0) return <span className={className}>{shown}</span>;
  return (
    <button
      type="button"
      className={`${className} figure-button`}
      aria-label={name ?? t('totals.openFigure', { label, value: shown })}
      onClick={(e) => open({ label, value: figure.value, ids: figure.ids }, e.currentTarget)}
    >
      {shown}
    </button>
  );
}
