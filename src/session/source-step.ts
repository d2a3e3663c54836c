/**
 * What the camera should do when the workout's phase changes: nothing runs (or records) while
 * nobody is counted, so it stops after a set and starts again for the next one. Recordings
 * (video, track) end by themselves.
 */
import type { SessionPhase } from './session-core';

export type SourceStep = 'stop' | 'restart' | null;

export function sourceStep(from: SessionPhase, to: SessionPhase, camera: boolean): SourceStep {
  if (!camera || from === to) return null;
  if (to === 'rest' || to === 'finished') return 'stop';
  if (from === 'rest' && to === 'setup') return 'restart';
  return null;
}

/** Leaving now would cut a set short (or the rest between two): ask first. */
export function setInProgress(phase: SessionPhase): boolean {
  return phase === 'countdown' || phase === 'counting' || phase === 'rest';
}
