/** Reading the labelled tracks of a folder (NAME.track.json beside NAME.labels.json) for the evaluation CLIs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLabelledClips, type ClipLabels } from '../cli/eval';
import { parseTrack, type PoseTrack } from '../track/track';
import { getExerciseSpec } from '../exercises';

export interface LabelledClip {
  dir: string;
  clip: string;
  labels: ClipLabels;
  /** The labelled count, or the range a count may fall in where the clip leaves it open. */
  accept: [number, number];
  /** Null when the exercise has no spec yet: such clips are listed, not replayed. */
  track: PoseTrack | null;
}

export function readLabelledClips(dir: string): LabelledClip[] {
  return findLabelledClips(dir).map((clip) => {
    const labels = JSON.parse(readFileSync(join(dir, `${clip}.labels.json`), 'utf8')) as ClipLabels;
    const track = getExerciseSpec(labels.exercise) ? parseTrack(readFileSync(join(dir, `${clip}.track.json`), 'utf8')) : null;
    return { dir, clip, labels, accept: labels.repsAccept ?? [labels.reps, labels.reps], track };
  });
}
