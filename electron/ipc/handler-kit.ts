import { CHANNELS, type Channel, type HandlerMap } from '../../shared/ipc/contract';

/** One feature's share of the contract: the handlers of its channels. */
export type FeatureHandlers<C extends Channel> = Pick<HandlerMap, C>;

/**
 * Wraps a handler that needs a service existing only while the data is unlocked; the
 * composition root decides what "unlocked" means (and answers `locked` otherwise).
 */
export type Unlocked<S> = <I, O>(run: (service: S, input: I) => O) => (input: I) => O;

/** The officer stamped on a change. */
export type Officer = () => string;

/**
 * Puts the features' handler maps together into the one map the dispatcher serves. A channel
 * answered by two features, or by none, is a wiring mistake: refused at start, not at the
 * first request.
 */
export function composeHandlers(...maps: ReadonlyArray<Partial<HandlerMap>>): HandlerMap {
  const composed: Partial<Record<Channel, unknown>> = {};
  for (const map of maps) {
    for (const channel of Object.keys(map) as Channel[]) {
      if (Object.hasOwn(composed, channel)) throw new Error(`Two handlers for ${channel}`);
      composed[channel] = map[channel];
    }
  }
  const missing = CHANNELS.filter((channel) => !Object.hasOwn(composed, channel));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  const unknown = Object.keys(composed).filter((key) => !(CHANNELS as string[]).includes(key));
  if (unknown.length > 0) throw new Error(`Handlers for channels the contract lacks: ${unknown.join(', ')}`);
  return composed as HandlerMap;
}
