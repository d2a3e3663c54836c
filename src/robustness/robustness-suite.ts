/**
 * The robustness suite (issue 8): every labelled clip replayed through the engine (analyzeTrack,
 * as `eval` does) unchanged and under each perturbation, with the count each gave.
 */
import { analyzeTrack } from '../exercises';
import type { LabelledClip } from './labelled-clips';
import type { Perturbation } from './perturbations';

export interface ClipCounts {
  clip: LabelledClip;
  /** Count on the unchanged track; null when the exercise has no spec. */
  baseline: number | null;
  /** Count per perturbation id (empty when the exercise has no spec). */
  counts: Record<string, number>;
}

export interface PassRates {
  /** (clip x perturbation) pairs of clips with a spec, the unchanged replay not included. */
  pairs: number;
  /** Share of pairs whose count is in the clip's labelled accepted range (repsAccept, or reps). */
  inRange: number;
  /** Share of pairs whose count equals the unchanged replay's. */
  unchanged: number;
}

export function countUnderPerturbations(clip: LabelledClip, perturbations: readonly Perturbation[]): ClipCounts {
  const { track } = clip;
  if (!track) return { clip, baseline: null, counts: {} };
  const count = (t: typeof track) => analyzeTrack(t, clip.labels.exercise).reps;
  return { clip, baseline: count(track), counts: Object.fromEntries(perturbations.map((p) => [p.id, count(p.apply(track))])) };
}

export const inAcceptedRange = (clip: LabelledClip, count: number): boolean => count >= clip.accept[0] && count <= clip.accept[1];

export function passRates(results: readonly ClipCounts[]): PassRates {
  let pairs = 0;
  let inRange = 0;
  let unchanged = 0;
  for (const r of results) {
    for (const count of Object.values(r.counts)) {
      pairs++;
      if (inAcceptedRange(r.clip, count)) inRange++;
      if (count === r.baseline) unchanged++;
    }
  }
  return { pairs, inRange: pairs ? inRange / pairs : 0, unchanged: pairs ? unchanged / pairs : 0 };
}
