/**
 * The hold shown on screen, from the engine's hold events. A finished hold (made or short) stays on
 * screen until a new one starts, so the person sees how the last one went while they rest.
 */
import type { HoldCompleteEvent, HoldProgressEvent } from '../engine/events';
import { startsNewHold } from './hold-announcer';
import type { HoldView } from './session-types';

/** The hold to show after a progress event (`shown` kept while a finished hold is still up). */
export function holdAfterProgress(shown: HoldView | null, e: HoldProgressEvent): HoldView | null {
  if ((shown?.done || shown?.short) && !startsNewHold(e, shown.seconds)) return shown;
  return { seconds: e.seconds, target: e.target, holding: e.holding, done: false, short: false };
}

export const holdAfterComplete = (e: HoldCompleteEvent): HoldView => ({ seconds: e.seconds, target: e.target, holding: false, done: e.reached, short: !e.reached });
