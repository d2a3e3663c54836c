import { describe, expect, it } from 'vitest';
import { cameraHint, countdownWord, restAnnouncement } from './next-up';
import { todaysPlan } from './todays-plan';

const [tilts, bridge, birdDog] = todaysPlan({ holdSeconds: { 'bird-dog': 6 }, reps: {} }, ['head-tilts', 'glute-bridge', 'bird-dog']);

describe('next up', () => {
  it('asks to turn side-on only when the view changes', () => {
    expect(cameraHint(tilts, bridge)).toMatch(/^Turn side-on/);
    expect(cameraHint(bridge, birdDog)).toMatch(/as before/);
    expect(cameraHint(null, bridge)).toMatch(/^Turn side-on/);
    expect(cameraHint(bridge, tilts)).toBe('Face the camera for the next one.');
  });

  it('words the spoken rest line and counts down 10, 3, 2, 1', () => {
    expect([12, 11, 10, 9, 4, 3, 2, 1, 0].map((n) => countdownWord(n + 1, n))).toEqual([null, null, '10 seconds', null, null, '3', '2', '1', null]);
    expect(countdownWord(3, 3)).toBeNull();
    expect(restAnnouncement(30, bridge, 1, tilts)).toBe('Rest 30 seconds. Next: glute bridge. Turn side-on.');
    expect(restAnnouncement(20, bridge, 2, bridge)).toBe('Rest 20 seconds. Set 2 of glute bridge.');
  });
});
