/**
 * What a real camera or detector does to a recording, as the robustness suite applies it (issue 8):
 * each entry is one pure change of a whole pose track, built from the perturb-*.ts functions.
 */
import type { PoseTrack } from '../track/track';
import { mirrorTrack } from './perturb-mirror';
import { rollCamera } from './perturb-roll';
import { resizePerson } from './perturb-person-size';
import { resampleFps } from './perturb-fps';
import { addKeypointNoise } from './perturb-noise';
import { dropFrames } from './perturb-drop';
import { scaleTime } from './perturb-speed';
import { moveCamera } from './perturb-camera-move';

export interface Perturbation {
  /** Short column name in the table. */
  id: string;
  /** Plain words, for the legend. */
  what: string;
  apply(track: PoseTrack): PoseTrack;
}

/** One seed for every random perturbation, so that a run is reproducible. */
const SEED = 8;

const roll = (degrees: number): Perturbation => ({
  id: `roll${degrees > 0 ? '+' : ''}${degrees}`,
  what: `camera rolled ${degrees}° (picture turned ${degrees > 0 ? 'clockwise' : 'anticlockwise'} about its centre)`,
  apply: (t) => rollCamera(t, degrees),
});

const move = (aroundDegrees: number, higherDegrees: number): Perturbation => {
  const around = aroundDegrees ? { id: `cam${aroundDegrees}`, what: `${aroundDegrees}° around the person` } : null;
  const higher = higherDegrees ? { id: `up${higherDegrees}`, what: `${higherDegrees}° higher, looking down` } : null;
  const parts = [around, higher].filter((p) => p !== null);
  return {
    id: parts.map((p) => p.id).join('-'),
    what: `camera moved ${parts.map((p) => p.what).join(' and ')}`,
    apply: (t) => moveCamera(t, { aroundDegrees, higherDegrees }),
  };
};

export const PERTURBATIONS: readonly Perturbation[] = [
  { id: 'mirror', what: 'picture mirrored left to right (left/right landmarks swapped)', apply: mirrorTrack },
  roll(10),
  roll(-10),
  roll(20),
  roll(-20),
  { id: 'half', what: 'person at half size, off-centre (right and down)', apply: (t) => resizePerson(t, 0.5, [0.2, 0.15]) },
  { id: '10fps', what: 'camera at 10 frames a second', apply: (t) => resampleFps(t, 10) },
  { id: '5fps', what: 'camera at 5 frames a second', apply: (t) => resampleFps(t, 5) },
  { id: 'noise.5', what: 'keypoint noise, sigma 0.5 % of the frame', apply: (t) => addKeypointNoise(t, 0.005, SEED) },
  { id: 'noise1', what: 'keypoint noise, sigma 1 % of the frame', apply: (t) => addKeypointNoise(t, 0.01, SEED) },
  { id: 'drop20', what: '20 % of frames lost (seeded)', apply: (t) => dropFrames(t, 0.2, SEED) },
  { id: 'fast', what: 'reps twice as fast (seen at the clip’s own frame rate)', apply: (t) => resampleFps(scaleTime(t, 2), t.source.fps) },
  { id: 'slow', what: 'reps half as fast (same frames, so half the frame rate)', apply: (t) => scaleTime(t, 0.5) },
  move(30, 0),
  move(45, 0),
  move(0, 20),
  move(30, 20),
  move(45, 20),
];
