/**
 * "Can I see you?" for each frame: is there a person, and are the landmarks the exercise needs
 * usable (`plausible-landmark.ts`)? Status changes are reported only once they have lasted
 * `settleSeconds` (as long as the gap the counting rides out), so a knee score hovering at the
 * threshold does not flood the user: a loss is reported once, and so is the return.
 */
import { KEYPOINT_NAMES } from '../track/keypoint-names';
import type { FramingEvent, FramingStatus } from './events';

/** Plain words for the user about which part of the body the camera misses. */
export function framingMessage(status: FramingStatus, hidden: readonly number[]): string {
  if (status === 'ok') return 'I can see you';
  if (status === 'no-person') return "I can't see you — step into the picture";
  const names = hidden.map((i) => KEYPOINT_NAMES[i]);
  const has = (part: string) => names.some((n) => n.includes(part));
  if (has('ankle') || has('heel') || has('foot') || has('knee')) return 'Your legs are out of view — move the camera back or turn it';
  if (has('hip')) return 'Your hips are out of view — move the camera back';
  if (has('wrist') || has('elbow') || has('index')) return 'Your arms are out of view — move the camera back';
  return 'Your head and shoulders are out of view — move the camera back';
}

export class FramingMonitor {
  status: FramingStatus = 'ok';
  private candidate: FramingStatus = 'ok';
  private candidateSince = 0;

  constructor(private readonly settleSeconds = 0.5) {}

  /** Feeds this frame's status; returns an event when a new status has settled. */
  update(t: number, status: FramingStatus, hidden: readonly number[]): FramingEvent | null {
    if (status !== this.candidate) {
      this.candidate = status;
      this.candidateSince = t;
    }
    if (this.candidate === this.status || t - this.candidateSince < this.settleSeconds) return null;
    this.status = this.candidate;
    return {
      type: 'framing',
      t,
      status,
      message: framingMessage(status, hidden),
      missing: hidden.map((i) => KEYPOINT_NAMES[i]),
    };
  }
}
