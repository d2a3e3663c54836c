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

/** Every labelled clip of `dir`; throws, naming the file, when there is none or one cannot be read. */
export function readLabelledClips(dir: string): LabelledClip[] {
  const clips = findLabelledClips(dir);
  if (clips.length === 0) throw new Error(`no NAME.labels.json beside a NAME.track.json in ${dir}`);
  return clips.map((clip) => {
    try {
      const labels = JSON.parse(readFileSync(join(dir, `${clip}.labels.json`), 'utf8')) as ClipLabels;
      const track = getExerciseSpec(labels.exercise) ? parseTrack(readFileSync(join(dir, `${clip}.track.json`), 'utf8')) : null;
      return { dir, clip, labels, accept: labels.repsAccept ?? [labels.reps, labels.reps], track };
    } catch (e) {
      throw new Error(`${join(dir, clip)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
