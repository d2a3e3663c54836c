import { describe, expect, it } from 'vitest';
import { synthesizeTrack } from '../synth';
import { analyzeTrack } from '.';
import { leftSideEvidence } from '../engine/choose-visible-side';
import { KP } from '../track/keypoint-names';
import { superman } from './superman';
import { afterRests, lyingWorld, pitched } from '../engine/lying-world.fixture';

describe('superman variants', () => {
  it('counts an alternating superman whose only lift is the far leg', () => {
    const { track, truth } = synthesizeTrack({ exercise: 'superman', reps: 2 });
    const rest = track.frames[0].keypoints!;
    const far = leftSideEvidence(rest) >= 0 ? 'right' : 'left';
    const moving = new Set(['hip', 'knee', 'ankle', 'heel', 'foot_index'].map((p) => KP[`${far}_${p}` as keyof typeof KP]));
    // Everything stays at rest but the far leg: no chest, no near leg.
    const farLegOnly = {
      ...track,
      frames: track.frames.map((f) => ({ ...f, keypoints: f.keypoints && f.keypoints.map((k, i) => (moving.has(i) ? k : rest[i])) })),
    };
    expect(analyzeTrack(farLegOnly, 'superman').reps).toBe(truth.reps);
  });
});

describe('superman legs-down from a camera above the person', () => {
  const legsDown = superman.rules.find((r) => r.id === 'legs-down')!;

  it('names legs left down though the picture’s latest rest was taken in the small chest lift', () => {
    const seen = afterRests(pitched(lyingWorld(), 20), pitched(lyingWorld(8), 20));
    expect(legsDown.ok(seen(pitched(lyingWorld(8), 20)))).toBe(false);
    expect(legsDown.ok(seen(pitched(lyingWorld(8, 8), 20)))).toBe(true);
  });
});
