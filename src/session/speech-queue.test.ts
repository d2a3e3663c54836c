import { describe, expect, it } from 'vitest';
import { SpeechQueue } from './speech-queue';

describe('SpeechQueue', () => {
  it('says one thing at a time', () => {
    const q = new SpeechQueue();
    q.request('1', 'count', 0);
    q.request('Lift your hips', 'cue', 0);
    expect(q.next(0)?.text).toBe('1');
    expect(q.next(0.1)).toBeNull();
    q.done(0.5);
    expect(q.next(0.5)?.text).toBe('Lift your hips');
  });

  it('puts counts before form cues, whatever came first', () => {
    const q = new SpeechQueue();
    q.request('Lift your hips', 'cue', 0);
    q.request('Good', 'info', 0);
    q.request('2', 'count', 0.2);
    expect(q.next(0.3)?.text).toBe('2');
    q.done(0.6);
    expect(q.next(0.6)?.text).toBe('Lift your hips');
    q.done(1.5);
    expect(q.next(1.5)?.text).toBe('Good');
  });

  it('replaces a waiting count by the newer one', () => {
    const q = new SpeechQueue();
    q.request('Hold', 'cue', 0);
    expect(q.next(0)?.text).toBe('Hold');
    q.request('2', 'count', 0.1);
    q.request('3', 'count', 0.2);
    q.done(0.4);
    expect(q.next(0.4)?.text).toBe('3');
    q.done(0.7);
    expect(q.next(0.7)).toBeNull();
  });

  it('does not repeat a cue within the cooldown and keeps a gap between cues', () => {
    const q = new SpeechQueue({ repeatCooldown: 8, cueGap: 3 });
    q.request('Lift your hips', 'cue', 0);
    expect(q.next(0)?.text).toBe('Lift your hips');
    q.done(1);
    expect(q.request('Lift your hips', 'cue', 2)).toBe(false);
    expect(q.request('Feet closer', 'cue', 2)).toBe(true);
    expect(q.next(2)).toBeNull(); // still in the gap after the last cue
    expect(q.next(4)?.text).toBe('Feet closer');
    q.done(5);
    expect(q.request('Lift your hips', 'cue', 9)).toBe(true);
  });

  it('drops stale items', () => {
    const q = new SpeechQueue();
    q.request('Lift your hips', 'cue', 0);
    expect(q.next(10)).toBeNull();
    expect(q.pending).toHaveLength(0);
  });

  it('says nothing when muted and forgets what was waiting', () => {
    const q = new SpeechQueue();
    q.request('1', 'count', 0);
    q.setMuted(true);
    expect(q.request('2', 'count', 0)).toBe(false);
    expect(q.next(0)).toBeNull();
    q.setMuted(false);
    expect(q.next(0)).toBeNull();
    q.request('3', 'count', 1);
    expect(q.next(1)?.text).toBe('3');
  });
});
