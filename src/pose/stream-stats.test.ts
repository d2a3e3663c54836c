import { describe, expect, it } from 'vitest';
import { PresenceWatch, NO_PERSON_NOTICE } from './presence';
import { StreamStats, stepsText } from './stream-stats';

describe('StreamStats', () => {
  it('smooths fps, keeps the last 60 instants, and starts the window over on restart', () => {
    const s = new StreamStats();
    for (let i = 0; i <= 70; i++) s.frame(1000 + i * 100); // 10 fps
    expect(s.fps).toBeCloseTo(10, 5);
    expect(s.recentFps).toHaveLength(60);
    s.restart();
    expect(s.recentFps).toHaveLength(0);
    s.frame(50_000);
    expect(s.recentFps).toHaveLength(0); // the first frame after a restart has no interval
    s.frame(50_050);
    expect(s.recentFps).toEqual([20]);
  });

  it('smooths the own cost per frame', () => {
    const s = new StreamStats();
    s.own(2);
    s.own(12);
    expect(s.ownMs).toBeCloseTo(3, 9);
  });
});

describe('PresenceWatch', () => {
  const none = (t: number) => ({ t, keypoints: null });
  const person = (t: number) => ({ t, keypoints: [] });
  it('says "no one in view" only after 2 s without a person, and clears when someone is back', () => {
    const p = new PresenceWatch();
    p.reset(0);
    expect(p.notice(none(1.9), null)).toBeNull();
    expect(p.notice(none(2.0), null)).toBe(NO_PERSON_NOTICE);
    expect(p.notice(none(2.5), NO_PERSON_NOTICE)).toBe(NO_PERSON_NOTICE);
    expect(p.notice(person(2.6), NO_PERSON_NOTICE)).toBeNull();
    expect(p.notice(none(4.0), null)).toBeNull();
  });
});

describe('stepsText', () => {
  it('names where a worker frame went, and is empty on the main thread', () => {
    expect(stepsText({ drawMs: 10.4, readMs: 0.6, detectMs: 38.5 })).toBe('worker: draw 10 · read 1 · detect 39 ms');
    expect(stepsText(null)).toBe('');
  });
});
