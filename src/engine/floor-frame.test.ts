import { describe, expect, it } from 'vitest';
import { FloorFrame, floorTilt } from './floor-frame';

/** Two support points (0: shoulder, 1: ankle) and a lifted point (2), rolled by `deg` about the origin. */
function rolled(deg: number): { xs: number[]; ys: number[] } {
  const a = (deg * Math.PI) / 180;
  const pts = [
    [0, 0],
    [1, 0],
    [0.5, -0.2],
  ];
  return {
    xs: pts.map(([x, y]) => x * Math.cos(a) - y * Math.sin(a)),
    ys: pts.map(([x, y]) => x * Math.sin(a) + y * Math.cos(a)),
  };
}

describe('floorTilt', () => {
  it('reads the support line either way round', () => {
    const { xs, ys } = rolled(20);
    expect(floorTilt(xs, ys, [0], [1])).toBeCloseTo(20);
    expect(floorTilt(xs, ys, [1], [0])).toBeCloseTo(20);
  });
});

describe('FloorFrame', () => {
  it('turns a rolled picture so the floor is level again', () => {
    const f = new FloorFrame({ count: 3 });
    const { xs, ys } = rolled(-20);
    f.learn(xs, ys, [0], [1]);
    f.level(xs, ys);
    expect(f.ys[1] - f.ys[0]).toBeCloseTo(0);
    expect(f.ys[2] - f.ys[0]).toBeCloseTo(-0.2);
  });

  it('levels by a guess before any floor is learnt', () => {
    const f = new FloorFrame({ count: 3 });
    const { xs, ys } = rolled(15);
    f.level(xs, ys, f.reading(xs, ys, [0], [1]) ?? 0);
    expect(f.ys[1] - f.ys[0]).toBeCloseTo(0);
    expect(f.tilt).toBeNull();
  });

  it('keeps the first floor it learns, ignores one too steep to be a floor, and forgets on reset', () => {
    const f = new FloorFrame({ count: 3, maxTilt: 35 });
    const steep = rolled(60);
    f.learn(steep.xs, steep.ys, [0], [1]);
    expect(f.tilt).toBeNull();
    const flat = rolled(0);
    f.learn(flat.xs, flat.ys, [0], [1]);
    const tilted = rolled(10);
    f.learn(tilted.xs, tilted.ys, [0], [1]);
    expect(f.tilt).toBeCloseTo(0);
    f.reset();
    f.learn(tilted.xs, tilted.ys, [0], [1]);
    expect(f.tilt).toBeCloseTo(10);
  });

  it('before a floor is learnt, stands in with each frame\'s own support line', () => {
    const f = new FloorFrame({ count: 3 });
    expect(f.standIn(5, true)).toBe(5);
    expect(f.standIn(12, false)).toBe(12);
  });

  it('for supports that lift in a rep, holds the line read near rest through the lift, until reset', () => {
    const f = new FloorFrame({ count: 3, holdThroughLift: true });
    expect(f.standIn(null, false)).toBeNull();
    expect(f.standIn(5, true)).toBe(5);
    // A raised hand and knee turn this frame's line: the rest's stays.
    expect(f.standIn(15, false)).toBe(5);
    expect(f.standIn(6, true)).toBe(6);
    f.reset();
    expect(f.standIn(15, false)).toBeNull();
  });
});
