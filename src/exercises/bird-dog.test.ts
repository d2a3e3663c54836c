/**
 * Bird-dog under a rolled camera (a laptop on a slanted surface): the count and the cues must not
 * care. Synthetic tracks test the logic only; the dev sets' numbers are in the README's Form cues.
 */
import { describe, expect, it } from 'vitest';
import { synthesizeTrack } from '../synth';
import { rollCamera } from '../robustness/perturb-roll';
import { analyzeTrack } from '.';
import { birdDog } from './bird-dog';
import { afterRests, lyingWorld, pitched } from '../engine/lying-world.fixture';

const ROLLS = [-20, -10, 10, 20];
const FACINGS = ['left', 'right'] as const;

function run(roll: number, facing: (typeof FACINGS)[number], faults: string[], restSeconds?: number) {
  const { track } = synthesizeTrack({ exercise: 'bird-dog', reps: 2, faults, facing, fps: 30, restSeconds, noise: 0.002 });
  return analyzeTrack(rollCamera(track, roll), 'bird-dog');
}

describe('bird-dog under a rolled camera', () => {
  const cases = ROLLS.flatMap((roll) => FACINGS.map((facing) => [roll, facing] as const));

  it.each(cases)('rolled %i°, facing %s: a clean rep is counted and not cued', (roll, facing) => {
    const analysis = run(roll, facing, []);
    expect(analysis.reps).toBe(2);
    expect(analysis.faults).toEqual([]);
  });

  it.each(cases)('rolled %i°, facing %s: a leg held low, an arm held low and sagging hips are counted and cued at each rep', (roll, facing) => {
    for (const fault of ['leg-low', 'arm-low', 'hips-sag']) {
      const analysis = run(roll, facing, [fault]);
      expect(analysis.reps, fault).toBe(2);
      expect(analysis.faults.filter((f) => f.rule === fault), fault).toHaveLength(2);
    }
  });

  it.each(FACINGS)('facing %s, lifting 0.3 s after the clip starts: the first rep is judged against the floor seen at rest, not against the lifted hand and knee', (facing) => {
    for (const roll of [0, 20]) {
      const analysis = run(roll, facing, ['hips-sag'], 0.3);
      expect(analysis.faults.filter((f) => f.rule === 'hips-sag'), `rolled ${roll}°`).toHaveLength(2);
    }
  });
});

describe('bird-dog hips-sag from a camera above the person', () => {
  const hipsSag = birdDog.rules.find((r) => r.id === 'hips-sag')!;

  it('names sunk hips (the torso tilted up to the shoulders) though the picture’s latest rest was taken in the sag', () => {
    const seen = afterRests(pitched(lyingWorld(), 20), pitched(lyingWorld(12), 20));
    expect(hipsSag.ok(seen(pitched(lyingWorld(12), 20)))).toBe(false);
    expect(hipsSag.ok(seen(pitched(lyingWorld(3), 20)))).toBe(true);
  });
});
