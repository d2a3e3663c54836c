/**
 * Whether tracking is lost while counting, and when to say so: once when it is lost, once when it
 * is back. The engine's framing status is already settled (framing.ts: a blink is not a loss), so
 * this only turns its changes into words. What is missing is said from a framing report about that
 * same status, never from an "I can see you" that was current when the loss began.
 */
import type { FramingEvent, FramingStatus } from '../engine/events';

const DEFAULT_WHAT: Record<Exclude<FramingStatus, 'ok'>, string> = {
  'no-person': 'step back into view',
  'landmarks-hidden': 'part of your body is out of view',
};

export class TrackingWatch {
  lost = false;
  /** Why, in plain words, while lost. */
  what = '';
  private report: FramingEvent | null = null;

  /** A framing report from the engine (its message is about the status it reports). */
  framing(e: FramingEvent): void {
    this.report = e;
  }

  /** This frame's (settled) status; returns whether tracking was lost or came back just now. */
  update(status: FramingStatus): 'lost' | 'back' | null {
    const missing = status !== 'ok';
    if (missing) this.what = this.report?.status === status ? this.report.message : DEFAULT_WHAT[status];
    if (missing === this.lost) return null;
    this.lost = missing;
    return missing ? 'lost' : 'back';
  }

  reset(): void {
    this.lost = false;
    this.what = '';
    this.report = null;
  }
}
