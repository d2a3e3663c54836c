import { describe, expect, it } from 'vitest';
import { restTick } from './rest-countdown';

describe('restTick', () => {
  it('counts whole seconds left and says the next set is near once, as 3 s are left', () => {
    expect(restTick(30, 26.5, 4)).toEqual({ left: 4, say: null });
    expect(restTick(30, 27.0, 4)).toEqual({ left: 3, say: 'Next set in 3' });
    expect(restTick(30, 27.5, 3)).toEqual({ left: 3, say: null });
  });

  it('is over at the rest end', () => {
    expect(restTick(30, 30, 1).left).toBeLessThanOrEqual(0);
  });
});
