import { describe, expect, it } from 'vitest';
import { frameIndexAt } from './frame-index';

const frames = [0, 0.1, 0.25, 0.4, 1].map((t) => ({ t }));

describe('frameIndexAt', () => {
  it('finds the last frame at or before t', () => {
    expect(frameIndexAt(frames, 0.25)).toBe(2);
    expect(frameIndexAt(frames, 0.3)).toBe(2);
    expect(frameIndexAt(frames, 0.99)).toBe(3);
    expect(frameIndexAt(frames, 5)).toBe(4);
  });

  it('gives the first frame before the track starts, and 0 for an empty list', () => {
    expect(frameIndexAt(frames, -1)).toBe(0);
    expect(frameIndexAt([], 1)).toBe(0);
  });

  it('reads the time through timeOf for other time-ordered lists', () => {
    const segments = [{ start: 0 }, { start: 2 }, { start: 3 }];
    expect(frameIndexAt(segments, 2.5, (s) => s.start)).toBe(1);
  });
});
