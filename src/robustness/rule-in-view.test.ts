import { describe, expect, it } from 'vitest';
import { synthesizeTrack } from '../synth';
import { birdDog } from '../exercises/bird-dog';
import { KP } from '../track/keypoint-names';
import type { PoseTrack } from '../track/track';
import { ruleInView } from './rule-in-view';

const legBent = birdDog.rules.find((r) => r.id === 'leg-bent')!;
const { track } = synthesizeTrack({ exercise: 'bird-dog', reps: 1 });
const top = { from: 0, start: 1, end: 2, to: 3 };

/** The track with both ankles gone from the picture (score 0) over part of the top. */
function anklesHidden(until: number): PoseTrack {
  return {
    ...track,
    frames: track.frames.map((f) => {
      if (!f.keypoints || f.t < top.start || f.t > until) return f;
      const k = f.keypoints.map((p) => [...p] as typeof p);
      for (const i of [KP.left_ankle, KP.right_ankle]) k[i] = [k[i][0], k[i][1], k[i][2], 0];
      return { ...f, keypoints: k };
    }),
  };
}

describe('ruleInView', () => {
  it('judges a rule whose landmarks are seen over the top', () => {
    expect(ruleInView(track, legBent, ['left'], top)).toBe(true);
  });

  it('leaves out a top where the limb the rule reads is hidden for most of it', () => {
    expect(ruleInView(anklesHidden(top.end), legBent, ['left', 'right'], top)).toBe(false);
    // Hidden for a moment only: still judged.
    expect(ruleInView(anklesHidden(top.start + 0.2), legBent, ['left'], top)).toBe(true);
  });
});
