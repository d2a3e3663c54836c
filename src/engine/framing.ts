/**
 * "Can I see you?" for each frame: is there a person, and are the landmarks the exercise needs
 * visible (confident and inside the picture)? Status changes are reported only once they have
 * lasted `settleSeconds`, so a knee score hovering at the threshold does not flood the user.
 */
import { KEYPOINT_NAMES } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';
import type { FramingEvent, FramingStatus } from './events';

export const MIN_VISIBLE_SCORE = 0.5;
/** How far outside the picture (in frame fractions) a point may be guessed and still count as seen. */
const EDGE_MARGIN = 0.02;

export function isVisible(k: Keypoint, minScore = MIN_VISIBLE_SCORE): boolean {
  return (
    k[3] >= minScore && k[0] >= -EDGE_MARGIN && k[0] <= 1 + EDGE_MARGIN && k[1] >= -EDGE_MARGIN && k[1] <= 1 + EDGE_MARGIN
  );
}

/** Indices in `needed` that are not visible; empty when all are. */
export function hiddenLandmarks(keypoints: readonly Keypoint[], needed: readonly number[], minScore = MIN_VISIBLE_SCORE): number[] {
  let hidden: number[] | null = null;
  for (const i of needed) if (!isVisible(keypoints[i], minScore)) (hidden ??= []).push(i);
  return hidden ?? NO_LANDMARKS;
}

const NO_LANDMARKS: number[] = [];

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

  constructor(private readonly settleSeconds = 0.3) {}

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
