import { describe, expect, it } from 'vitest';
import { NewestFrameSlot } from './newest-frame-slot';

describe('NewestFrameSlot', () => {
  it('runs the first frame at once, keeps only the newest one waiting, and hands back the replaced ones', () => {
    const slot = new NewestFrameSlot<number>();
    expect(slot.offer(1)).toEqual({ run: 1, replaced: null });
    expect(slot.offer(2)).toEqual({ run: null, replaced: null });
    expect(slot.offer(3)).toEqual({ run: null, replaced: 2 });
    expect(slot.offer(4)).toEqual({ run: null, replaced: 3 });
    expect(slot.done()).toBe(4); // the newest, never 2 or 3
    expect(slot.done()).toBeNull();
    expect(slot.offer(5)).toEqual({ run: 5, replaced: null }); // idle again: runs at once
  });
});
