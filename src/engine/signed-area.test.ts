import { describe, expect, it } from 'vitest';
import { SignedArea } from './signed-area';

function sweep(points: [number, number][]): SignedArea {
  const area = new SignedArea();
  for (const [x, y] of points) area.add(x, y);
  return area;
}

const circle = (turns: number, steps: number, sign = 1): [number, number][] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const a = -Math.PI / 2 + (sign * 2 * Math.PI * turns * i) / steps;
    return [5 + Math.cos(a), 3 + Math.sin(a)];
  });

describe('SignedArea', () => {
  it('is +pi r^2 for one counter-clockwise turn and -pi r^2 clockwise, wherever the circle is', () => {
    expect(sweep(circle(1, 400)).area).toBeCloseTo(Math.PI, 3);
    expect(sweep(circle(1, 400, -1)).area).toBeCloseTo(-Math.PI, 3);
  });

  it('closes an open half turn with its chord: half the disc', () => {
    expect(sweep(circle(0.5, 200)).area).toBeCloseTo(Math.PI / 2, 3);
  });

  it('stays zero for a line traced back and forth', () => {
    const line: [number, number][] = [0, 1, 2, 3, 2, 1, 0, 1, 2].map((k) => [k * 0.5, k]);
    expect(sweep(line).area).toBeCloseTo(0, 9);
  });

  it('keeps the x range of the trajectory and restarts cleanly', () => {
    const area = sweep(circle(1, 40));
    expect(area.widthX).toBeCloseTo(2, 2);
    area.restart(0, 0);
    expect(area.area).toBe(0);
    expect(area.widthX).toBe(0);
  });
});
