/**
 * A set's recording: its counted frames on the set's own clock (from its first counted frame) kept
 * in typed arrays (frame-store.ts), so a 30-minute set stays a few tens of MB and the review and the
 * export still get every frame.
 */
import type { EngineSnapshot } from '../engine/events';
import { FrameStore } from '../pose/frame-store';
import type { PoseFrame } from '../track/track';
import type { SetRecord } from './session-types';

export const newSet = (set: number, t0: number): SetRecord => ({ set, t0, frames: new FrameStore(), events: [], series: [], ended: null });

/** Records a counted frame and returns it on the set's clock, as the engine is given it. */
export function recordFrame(set: SetRecord, frame: PoseFrame): PoseFrame {
  const rel: PoseFrame = { ...frame, t: frame.t - set.t0 };
  set.frames.push(rel);
  return rel;
}

export const recordSignal = (set: SetRecord, t: number, snap: Pick<EngineSnapshot, 'metric' | 'signal'>): void => void set.series.push({ t, metric: snap.metric, signal: snap.signal });
