import { describe, expect, it } from 'vitest';
import { facingElevation } from './facing-elevation';
import { segmentAngle } from './segment-angle';

describe('facingElevation', () => {
  it('reads up and down from the horizontal it faces, image y growing down', () => {
    expect(facingElevation(0, 0, 1, -1, 1)).toBeCloseTo(45);
    expect(facingElevation(0, 0, -1, 1, -1)).toBeCloseTo(-45);
    expect(facingElevation(0, 0, 0, 1, 1)).toBeCloseTo(-90);
  });

  it('does not fold at straight down: a limb turned past vertical keeps going, where segmentAngle turns back', () => {
    // Hanging 5° towards the facing side, then 5° past vertical the other way.
    const before = { x: Math.sin((5 * Math.PI) / 180), y: Math.cos((5 * Math.PI) / 180) };
    expect(facingElevation(0, 0, before.x, before.y, 1)).toBeCloseTo(-85);
    expect(facingElevation(0, 0, -before.x, before.y, 1)).toBeCloseTo(-95);
    expect(segmentAngle(0, 0, -before.x, before.y)).toBeCloseTo(-85);
  });

  it('reads a mirrored picture the same when facing the mirrored way', () => {
    expect(facingElevation(0, 0, -0.3, 1, -1)).toBeCloseTo(facingElevation(0, 0, 0.3, 1, 1));
  });
});
