/**
 * What the coach says during a hold, from the engine's hold events: "Hold" when it starts, "3",
 * "2", "1" in its last seconds, "Done" when the target is reached. A hold let go short is not a
 * time to rest: the session cues "hold longer" instead (cue-selector.ts shortHoldCue).
 * Each word once per hold; a new hold starts once the pose was left, or the time restarted, after
 * the last one completed.
 */
import type { HoldCompleteEvent, HoldProgressEvent } from '../engine/events';

type Said = 'start' | 'done' | 1 | 2 | 3;

/** A drop of more than this many seconds in the hold's time means a new hold began. */
const RESTART_DROP = 0.5;

export class HoldAnnouncer {
  private readonly said = new Set<Said>();
  /** False between a completed hold and the start of the next. */
  private armed = true;

  /** Words for a hold-progress event; `shownSeconds` is the hold time on screen before it (null: none). */
  progress(e: Pick<HoldProgressEvent, 'holding' | 'seconds' | 'target'>, shownSeconds: number | null): string[] {
    if (!this.armed && (!e.holding || (shownSeconds !== null && e.seconds < shownSeconds - RESTART_DROP))) this.reset();
    if (!this.armed || !e.holding) return [];
    const words: string[] = [];
    if (this.once('start')) words.push('Hold');
    const left = Math.ceil(e.target - e.seconds);
    if ((left === 1 || left === 2 || left === 3) && this.once(left)) words.push(String(left));
    if (e.seconds >= e.target && this.once('done')) words.push('Done');
    return words;
  }

  /** Words when a hold ends: "Done" if it made its target and was not said yet. */
  complete(e: Pick<HoldCompleteEvent, 'reached'>): string[] {
    this.armed = false;
    return e.reached && this.once('done') ? ['Done'] : [];
  }

  /** Ready for a new hold (a new set, or the pose was left). */
  reset(): void {
    this.armed = true;
    this.said.clear();
  }

  private once(word: Said): boolean {
    if (this.said.has(word)) return false;
    this.said.add(word);
    return true;
  }
}

/** Whether a hold-progress event starts a new hold after a finished one that is still on screen. */
export function startsNewHold(e: Pick<HoldProgressEvent, 'holding' | 'seconds'>, shownSeconds: number): boolean {
  return e.holding && e.seconds < shownSeconds - RESTART_DROP;
}
