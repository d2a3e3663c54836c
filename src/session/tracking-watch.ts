/**
 * Whether tracking is lost while counting, said once per loss: lost once the needed landmarks have
 * been missing for `settleSeconds`, back once they have been seen for as long. The words about what
 * is missing come from a framing report that is itself about a loss, never from an "I can see you"
 * that was current when the loss began.
 */
import type { FramingEvent, FramingStatus } from '../engine/events';

export const TRACKING_SETTLE_SECONDS = 0.5;

const DEFAULT_WHAT: Record<Exclude<FramingStatus, 'ok'>, string> = {
  'no-person': 'step back into view',
  'landmarks-hidden': 'part of your body is out of view',
};

export class TrackingWatch {
  lost = false;
  /** Why, in plain words, while lost. */
  what = '';
  private since = 0;
  private candidate = false;
  private report: FramingEvent | null = null;

  constructor(private readonly settleSeconds = TRACKING_SETTLE_SECONDS) {}

  /** A framing report from the engine (its message is about the status it reports). */
  framing(e: FramingEvent): void {
    this.report = e;
  }

  /** This frame's status; returns whether tracking was lost or came back just now. */
  update(t: number, status: FramingStatus): 'lost' | 'back' | null {
    const missing = status !== 'ok';
    if (missing !== this.candidate) {
      this.candidate = missing;
      this.since = t;
    }
    if (missing) this.what = this.report && this.report.status === status ? this.report.message : DEFAULT_WHAT[status];
    if (missing === this.lost || t - this.since < this.settleSeconds) return null;
    this.lost = missing;
    return missing ? 'lost' : 'back';
  }

  reset(): void {
    this.lost = false;
    this.candidate = false;
    this.what = '';
    this.report = null;
  }
}
