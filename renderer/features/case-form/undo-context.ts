import { createContext, useContext } from 'react';
import type { UndoOffer } from '../../components/undo-notice';

/** The form's Undo notice: a repeat group offers to put back the row it removed. */
export const UndoContext = createContext<(offer: UndoOffer) => void>(() => undefined);

export const useOfferUndo = () => useContext(UndoContext);
