import { describe, expect, it } from 'vitest';
import { PoseFeatures, ramp } from './pose-features';
import { KeypointSmoother } from './keypoint-smoother';
import { RestPose } from './rest-pose';
import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';

/** A side-view lying figure: shoulder at x=0.3, hip at 0.5, knee raised at 0.65. */
function figure(): Keypoint[] {
  const kp = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.9] as Keypoint);
  const put = (name: keyof typeof KP, x: number, y: number) => (kp[KP[name]] = [x, y, 0, 0.9]);
  for (const s of ['left', 'right'] as const) {
    put(`${s}_shoulder`, 0.3, 0.6);
    put(`${s}_hip`, 0.5, 0.6);
    put(`${s}_knee`, 0.6, 0.5);
    put(`${s}_ankle`, 0.7, 0.6);
  }
  return kp;
}

function features(kp: Keypoint[], aspect = 1) {
  const smoother = new KeypointSmoother(aspect);
  smoother.update(kp, 0);
  return new PoseFeatures().set(smoother.xs, smoother.ys, smoother.scores, 'left');
}

describe('PoseFeatures', () => {
  it('measures angles, elevations and heights by side-relative names', () => {
    const f = features(figure());
    expect(f.torso).toBeCloseTo(0.2);
    expect(f.angle('shoulder', 'hip', 'knee')).toBeCloseTo(135);
    expect(f.elevation('hip', 'knee')).toBeCloseTo(45);
    expect(f.heightAbove('knee', 'hip')).toBeCloseTo(0.5);
    expect(f.aboveLine('knee', 'hip', 'ankle')).toBeCloseTo(0.5);
    expect(f.index('opposite_knee')).toBe(KP.right_knee);
  });

  it('reads the same mirrored', () => {
    const mirrored = figure().map(([x, y, z, s]) => [1 - x, y, z, s] as Keypoint);
    const a = features(figure());
    const b = features(mirrored);
    expect(b.angle('shoulder', 'hip', 'knee')).toBeCloseTo(a.angle('shoulder', 'hip', 'knee'));
    expect(b.elevation('hip', 'knee')).toBeCloseTo(a.elevation('hip', 'knee'));
    expect(b.aboveLine('knee', 'hip', 'ankle')).toBeCloseTo(a.aboveLine('knee', 'hip', 'ankle'));
  });

  it('is in torso lengths, so distance from the camera does not matter', () => {
    const half = figure().map(([x, y, z, s]) => [0.5 + (x - 0.5) / 2, 0.5 + (y - 0.5) / 2, z, s] as Keypoint);
    expect(features(half).heightAbove('knee', 'hip')).toBeCloseTo(features(figure()).heightAbove('knee', 'hip'));
  });

  it('corrects for the frame aspect ratio', () => {
    // In a 2:1 frame the same normalised numbers are twice as wide: the thigh is flatter.
    expect(features(figure(), 2).elevation('hip', 'knee')).toBeCloseTo(26.57, 1);
  });
});

describe('PoseFeatures.facingElevation', () => {
  /** On all fours facing `way` (head towards it), the thigh hanging `lean` degrees back from vertical. */
  function allFours(way: 1 | -1, lean: number): PoseFeatures {
    const kp = figure();
    const a = (lean * Math.PI) / 180;
    for (const s of ['left', 'right'] as const) {
      kp[KP[`${s}_shoulder`]] = [0.5 + 0.2 * way, 0.4, 0, 0.9];
      kp[KP[`${s}_hip`]] = [0.5, 0.4, 0, 0.9];
      kp[KP[`${s}_knee`]] = [0.5 - 0.1 * Math.sin(a) * way, 0.4 + 0.1 * Math.cos(a), 0, 0.9];
    }
    return features(kp);
  }

  it('reads a thigh swung past vertical on, where a plain elevation folds back', () => {
    for (const way of [1, -1] as const) {
      expect(allFours(way, 5).facingElevation('hip', 'knee', 'back')).toBeCloseTo(-85);
      expect(allFours(way, -5).facingElevation('hip', 'knee', 'back')).toBeCloseTo(-95);
      expect(allFours(way, -5).facingElevation('hip', 'knee', 'forward')).toBeCloseTo(-85);
      expect(allFours(way, -5).elevation('hip', 'knee')).toBeCloseTo(-85);
    }
  });
});

describe('PoseFeatures.worldAngle', () => {
  // An elbow bent 70° straight towards the camera: the picture sees a straight arm, the world points the bend.
  const shoulder = [0, -0.3, 0] as const;
  const elbow = [0, 0, 0] as const;
  const wrist = [0, 0.25 * Math.cos((70 * Math.PI) / 180), -0.25 * Math.sin((70 * Math.PI) / 180)] as const;
  const world = Array.from({ length: 33 }, () => [0, 0, 0] as [number, number, number]);
  world[KP.left_shoulder] = [...shoulder];
  world[KP.left_elbow] = [...elbow];
  world[KP.left_wrist] = [...wrist];

  it('reads the bend of a joint in 3D, which the picture foreshortens away', () => {
    const kp = figure();
    kp[KP.left_shoulder] = [0.5, 0.3, 0, 0.9];
    kp[KP.left_elbow] = [0.5, 0.45, 0, 0.9];
    kp[KP.left_wrist] = [0.5, 0.5, 0, 0.9];
    const f = features(kp).setRaw(kp, 1, world);
    expect(f.angle('shoulder', 'elbow', 'wrist')).toBeCloseTo(180);
    expect(f.worldAngle('shoulder', 'elbow', 'wrist')).toBeCloseTo(110);
  });

  it('is null without world points, so a rule falls back to the picture', () => {
    expect(features(figure()).worldAngle('shoulder', 'elbow', 'wrist')).toBeNull();
  });
});

describe('ramp', () => {
  it('maps a range to 0..1 either way without clamping', () => {
    expect(ramp(5, 0, 10)).toBe(0.5);
    expect(ramp(-5, 0, 10)).toBe(-0.5);
    expect(ramp(2, 10, 0)).toBeCloseTo(0.8);
  });
});

describe('PoseFeatures.sinceRest', () => {
  const hipToKnee = (f: PoseFeatures) => f.elevation('hip', 'knee');

  it('is NaN before a rest was seen, so a rule reading it says nothing yet', () => {
    expect(features(figure()).sinceRest(hipToKnee)).toBeNaN();
  });

  it("reads a lift from the person's own rest, whatever the rest itself reads, on the frame's side", () => {
    const rest = new RestPose();
    const restFigure = figure();
    restFigure[KP.left_knee] = [0.6, 0.55, 0, 0.9]; // this body rests with the knee a little up
    const atRest = features(restFigure);
    rest.record(atRest.xs, atRest.ys, atRest.scores);
    const lifted = features(figure());
    lifted.rest = rest.features;
    expect(hipToKnee(atRest)).toBeGreaterThan(20);
    expect(lifted.sinceRest(hipToKnee)).toBeCloseTo(hipToKnee(lifted) - hipToKnee(atRest));
    // The right knee rested at the lifted height: nothing moved on that side.
    lifted.setSide('right');
    expect(lifted.sinceRest(hipToKnee)).toBeCloseTo(0);
  });

  it('keeps its own copy of the rest: the live arrays move on without it', () => {
    const rest = new RestPose();
    const xs = new Float64Array(33).fill(0.5);
    const ys = new Float64Array(33).fill(0.5);
    rest.record(xs, ys, new Float64Array(33).fill(0.9));
    ys[KP.left_knee] = 0.1;
    expect(rest.features!.ys[KP.left_knee]).toBe(0.5);
    rest.reset();
    expect(rest.features).toBeNull();
  });
});
