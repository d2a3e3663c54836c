import { describe, expect, it } from 'vitest';
import { RestPose } from './rest-pose';
import { featuresOf, lyingWorld, pitched, recordRest } from './lying-world.fixture';

describe('RestPose floor plane', () => {
  it('reads a lift above the floor of the first rest, even once a later "rest" was taken in a small lift', () => {
    for (const degrees of [0, 20]) {
      const rest = new RestPose();
      recordRest(rest, pitched(lyingWorld(), degrees));
      // The count missed a small chest lift and took it for the rest: the picture's lift since then is nothing.
      recordRest(rest, pitched(lyingWorld(8), degrees));
      const f = featuresOf(pitched(lyingWorld(8), degrees));
      f.rest = rest.features;
      expect(f.sinceRest((g) => g.elevation('hip', 'shoulder'))).toBeCloseTo(0);
      expect(f.floorLift('hip', 'shoulder'), `${degrees}°`).toBeCloseTo(8);
      expect(f.floorLift('hip', 'ankle')).toBeCloseTo(0);
    }
  });

  it('forgets the floor with the view, and says nothing without world points', () => {
    const rest = new RestPose();
    recordRest(rest, lyingWorld());
    rest.reset();
    const f = featuresOf(lyingWorld(8));
    f.rest = rest.features;
    expect(f.floorLift('hip', 'shoulder')).toBeNaN();
    rest.record([0], [0], [1], null);
    f.rest = rest.features;
    expect(f.floorLift('hip', 'shoulder')).toBeNaN();
  });
});
