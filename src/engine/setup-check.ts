/**
 * The set-up check the live view shows before counting starts: is the whole body in the picture,
 * can the exercise's landmarks be seen, is the camera at the side for a side-view exercise, and is
 * the person at a good distance? Messages are for someone 2-3 m from the laptop: what to do, in
 * plain words.
 */
import { KP } from '../track/keypoint-names';
import type { PoseFrame } from '../track/track';
import type { ExerciseSpec } from './exercise-spec';
import { LANDMARKS } from './body-parts';
import { inPicture, isUsable } from './plausible-landmark';
import { VIEW_MESSAGES, viewProblem, type ViewProblem } from './camera-view';
import { torsoLength } from './torso-length';

export interface SetupProblem {
  id: 'no-person' | 'feet-out' | 'head-out' | 'body-out' | 'landmarks-hidden' | 'not-sideways' | ViewProblem | 'too-far' | 'too-close';
  message: string;
  landmarks: number[];
  /**
   * Advice only: counting works anyway (toes cut by the edge while the ankles are seen, a little
   * far or close). The check is ok when every problem left is advice, because the engine judges
   * what it needs the same way while counting.
   */
  advice?: true;
}

export interface SetupCheck {
  ok: boolean;
  problems: SetupProblem[];
}

export interface SetupCheckOptions {
  /** Frame width / height (default 16:9). */
  aspect?: number;
}

const HEAD = [KP.nose, KP.left_ear, KP.right_ear];
const FEET = [KP.left_ankle, KP.right_ankle, KP.left_heel, KP.right_heel, KP.left_foot_index, KP.right_foot_index];
const BODY = [KP.left_shoulder, KP.right_shoulder, KP.left_hip, KP.right_hip, KP.left_knee, KP.right_knee];
/** Shoulder width over torso length above which the camera is judged to face the person. */
const MAX_SIDEWAYS_SHOULDER_RATIO = 0.45;
/** The body's longest extent, in frame fractions, that is comfortable to track. */
const MIN_BODY_EXTENT = 0.4;
const MAX_BODY_EXTENT = 0.95;


export function checkSetup(frame: PoseFrame | null, spec: ExerciseSpec, options: SetupCheckOptions = {}): SetupCheck {
  const keypoints = frame?.keypoints;
  if (!keypoints) {
    return done([{ id: 'no-person', message: "I can't see you — step into the picture", landmarks: [] }]);
  }
  const problems: SetupProblem[] = [];
  // The same margin as the engine's: a toe guessed a few pixels past the edge is still seen.
  const outside = (indices: number[]) => indices.filter((i) => !inPicture(keypoints[i]));

  const aspect = options.aspect ?? 16 / 9;
  // Judge visibility on the side that shows more of the needed landmarks: either side may face the
  // camera. The same judgment as the engine's while counting, so what passes here is counted.
  const needed = (['left', 'right'] as const)
    .map((side) => spec.landmarks.map((r) => LANDMARKS[side][r]))
    .map((indices) => indices.filter((i) => !isUsable(keypoints, i, aspect)))
    .sort((a, b) => a.length - b.length)[0];
  /** Out of the picture, and advice only unless a landmark the exercise needs is among them. */
  const outOfView = (id: 'feet-out' | 'head-out' | 'body-out', indices: number[], message: string) => {
    const out = outside(indices);
    if (out.length === 0) return out;
    const problem: SetupProblem = { id, message, landmarks: out };
    if (!out.some((i) => needed.includes(i))) problem.advice = true;
    problems.push(problem);
    return out;
  };
  const feetOut = outOfView('feet-out', FEET, 'Move the laptop back — your feet are out of view');
  const headOut = outOfView('head-out', HEAD, 'Move the laptop back — your head is out of view');
  outOfView('body-out', BODY, 'Move into the middle of the picture');
  const hidden = needed.filter((i) => inPicture(keypoints[i]));
  if (hidden.length > 0) {
    problems.push({
      id: 'landmarks-hidden',
      message: 'I can\'t see your whole body clearly — clear the space between you and the camera and turn on more light',
      landmarks: hidden,
    });
  }

  const xs = keypoints.map((k) => k[0] * aspect);
  const ys = keypoints.map((k) => k[1]);
  const shoulderWidth = Math.hypot(xs[KP.left_shoulder] - xs[KP.right_shoulder], ys[KP.left_shoulder] - ys[KP.right_shoulder]);
  const torso = torsoLength(xs, ys);
  // The world points say where the camera is (the same judgment as the engine's mid-set); without
  // them, shoulders spread wide in the picture mean the camera faces the person.
  const view = viewProblem(frame.world, spec.view);
  if (view) {
    problems.push({ id: view, message: VIEW_MESSAGES[view], landmarks: [KP.left_hip, KP.right_hip, KP.left_shoulder, KP.right_shoulder] });
  } else if (!frame.world && spec.view === 'side' && torso > 0 && shoulderWidth / torso > MAX_SIDEWAYS_SHOULDER_RATIO) {
    problems.push({
      id: 'not-sideways',
      message: 'Turn sideways to the camera',
      landmarks: [KP.left_shoulder, KP.right_shoulder],
    });
  }

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const i of [...HEAD, ...BODY, ...FEET]) {
    minX = Math.min(minX, keypoints[i][0]);
    maxX = Math.max(maxX, keypoints[i][0]);
    minY = Math.min(minY, keypoints[i][1]);
    maxY = Math.max(maxY, keypoints[i][1]);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  if (extent < MIN_BODY_EXTENT) {
    problems.push({ id: 'too-far', message: 'Come closer to the camera', landmarks: [], advice: true });
  } else if (extent > MAX_BODY_EXTENT && feetOut.length === 0 && headOut.length === 0) {
    problems.push({ id: 'too-close', message: 'Move a little further from the camera', landmarks: [], advice: true });
  }
  return done(problems);
}

const done = (problems: SetupProblem[]): SetupCheck => ({ ok: problems.every((p) => p.advice), problems });
