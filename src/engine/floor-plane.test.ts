import { describe, expect, it } from 'vitest';
import { floorNormal, planeElevation } from './floor-plane';
import { KP } from '../track/keypoint-names';
import type { WorldPoint } from '../track/track';
import { lyingWorld, pitched } from './lying-world.fixture';

describe('floor plane from the world points', () => {
  it('has its normal pointing up, against the camera’s down', () => {
    const n = floorNormal(lyingWorld())!;
    expect(n[1]).toBeCloseTo(-1);
  });

  it('reads a segment’s lift above the floor the same from a camera 20° higher', () => {
    for (const degrees of [0, 20, -15]) {
      const n = floorNormal(pitched(lyingWorld(), degrees))!;
      const lifted = pitched(lyingWorld(12), degrees);
      expect(planeElevation(lifted[KP.left_hip], lifted[KP.left_shoulder], n), `${degrees}°`).toBeCloseTo(12);
      expect(planeElevation(lifted[KP.right_hip], lifted[KP.right_ankle], n), `${degrees}°`).toBeCloseTo(0);
    }
  });

  it('has no normal for a body with no extent', () => {
    expect(floorNormal(Array.from({ length: 33 }, () => [0, 0, 0] as WorldPoint))).toBeNull();
    expect(floorNormal([])).toBeNull();
  });
});
