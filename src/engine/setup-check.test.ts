import { describe, expect, it } from 'vitest';
import { checkSetup } from './setup-check';
import { getExerciseSpec } from '../exercises';
import { synthesizeTrack } from '../synth';
import { KP } from '../track/keypoint-names';
import type { Keypoint, PoseFrame } from '../track/track';

const bridge = getExerciseSpec('glute-bridge')!;

/** The first frame of a synthetic glute bridge: a person lying side-on, well framed. */
function lyingFrame(options: { scale?: number; offset?: { x: number; y: number } } = {}): PoseFrame {
  return synthesizeTrack({ exercise: 'glute-bridge', reps: 1, ...options }).track.frames[0];
}

const ids = (frame: PoseFrame | null) => checkSetup(frame, bridge).problems.map((p) => p.id);

describe('checkSetup', () => {
  it('passes a well-framed side view', () => {
    expect(checkSetup(lyingFrame(), bridge)).toEqual({ ok: true, problems: [] });
  });

  it('asks the person to step in when nobody is seen', () => {
    const check = checkSetup(null, bridge);
    expect(check.ok).toBe(false);
    expect(check.problems[0].message).toMatch(/step into the picture/);
  });

  it('asks to move the laptop back when the feet are out of view', () => {
    const frame = lyingFrame();
    const keypoints = frame.keypoints!.map((k) => [...k] as Keypoint);
    for (const i of [KP.left_ankle, KP.right_ankle, KP.left_heel, KP.right_heel, KP.left_foot_index, KP.right_foot_index]) {
      keypoints[i] = [1.05, keypoints[i][1], 0, 0.2];
    }
    const check = checkSetup({ ...frame, keypoints }, bridge);
    expect(check.problems[0]).toMatchObject({ id: 'feet-out', message: 'Move the laptop back — your feet are out of view' });
    expect(check.problems[0].landmarks).toContain(KP.left_ankle);
  });

  it('asks the person to come closer when they are small in the picture', () => {
    expect(ids(lyingFrame({ scale: 0.3 }))).toContain('too-far');
  });

  it('without world points, asks the person to turn sideways when the shoulders spread as from the front', () => {
    const frame = { ...lyingFrame(), world: undefined };
    const keypoints = frame.keypoints!.map((k) => [...k] as Keypoint);
    // Spread the shoulders apart as a front view shows them.
    keypoints[KP.left_shoulder] = [keypoints[KP.left_shoulder][0], keypoints[KP.left_shoulder][1] - 0.12, 0, 0.9];
    keypoints[KP.right_shoulder] = [keypoints[KP.right_shoulder][0], keypoints[KP.right_shoulder][1] + 0.12, 0, 0.9];
    const check = checkSetup({ ...frame, keypoints }, bridge);
    expect(check.problems.find((p) => p.id === 'not-sideways')?.message).toBe('Turn sideways to the camera');
  });

  it('says in plain words where the camera is when the world points show it in front', () => {
    const frame = lyingFrame();
    const world = frame.world!.map(([x, y, z]) => [z, y, -x] as [number, number, number]);
    const problem = checkSetup({ ...frame, world }, bridge).problems.find((p) => p.id.startsWith('camera-'));
    expect(problem?.message).toMatch(/put it at your side/);
    expect(ids(frame).some((id) => id.startsWith('camera-'))).toBe(false);
  });

  it('takes a toe guessed just past the edge as in the picture, as the engine does', () => {
    const frame = lyingFrame();
    const keypoints = frame.keypoints!.map((k) => [...k] as Keypoint);
    keypoints[KP.right_foot_index] = [1.01, keypoints[KP.right_foot_index][1], 0, 0.9];
    expect(ids({ ...frame, keypoints })).not.toContain('feet-out');
    keypoints[KP.right_foot_index] = [1.1, keypoints[KP.right_foot_index][1], 0, 0.9];
    expect(ids({ ...frame, keypoints })).toContain('feet-out');
  });

  it('lets counting start with the toes cut off when the ankles it needs are seen, but not with an ankle out', () => {
    const needsAnkles = { ...bridge, landmarks: [...bridge.landmarks, 'ankle' as const] };
    const frame = lyingFrame();
    const keypoints = frame.keypoints!.map((k) => [...k] as Keypoint);
    keypoints[KP.left_foot_index] = [1.1, keypoints[KP.left_foot_index][1], 0, 0.9];
    keypoints[KP.right_foot_index] = [1.1, keypoints[KP.right_foot_index][1], 0, 0.9];
    const toes = checkSetup({ ...frame, keypoints }, needsAnkles);
    expect(toes.problems.find((p) => p.id === 'feet-out')?.advice).toBe(true);
    expect(toes.ok).toBe(true);
    keypoints[KP.left_ankle] = [1.1, keypoints[KP.left_ankle][1], 0, 0.9];
    keypoints[KP.right_ankle] = [1.1, keypoints[KP.right_ankle][1], 0, 0.9];
    expect(checkSetup({ ...frame, keypoints }, needsAnkles).ok).toBe(false);
    // The bridge itself counts on shoulders, hips and knees: feet out of view is advice for it.
    expect(checkSetup({ ...frame, keypoints }, bridge).ok).toBe(true);
  });

  it('names needed landmarks the detector is unsure of', () => {
    const frame = lyingFrame();
    const keypoints = frame.keypoints!.map((k) => [k[0], k[1], k[2], 0.2] as Keypoint);
    expect(ids({ ...frame, keypoints })).toContain('landmarks-hidden');
  });
});
