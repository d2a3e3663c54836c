import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from './backup';
import { routineRecord } from './routine-record';
import { todaysPlan } from './todays-plan';
import { startSteps } from './workout-steps';

const r = routineRecord({ id: 'w1', startedAt: new Date(2026, 10, 26, 9), source: 'camera' }, startSteps(todaysPlan({ holdSeconds: {}, reps: {} }, ['head-tilts'])));

describe('backup', () => {
  it('round-trips everything through one JSON file', () => {
    const b = makeBackup([r], [{ id: 'rec' }], { muted: true }, new Date('2026-11-26T10:00:00Z'));
    const back = readBackup(JSON.stringify(b));
    expect(back).toEqual({ backup: b, skipped: [] });
  });

  it('says why a file cannot be imported', () => {
    expect(() => readBackup('not json')).toThrow(/not JSON/);
    expect(() => readBackup('{"format":"other"}')).toThrow(/not a Spine Coach backup/);
    expect(() => readBackup(JSON.stringify({ ...makeBackup([], [], null), version: 9 }))).toThrow(/newer version/);
    expect(() => readBackup(JSON.stringify({ ...makeBackup([], [], null), routines: 'x' }))).toThrow(/no workout list/);
  });

  it('imports the readable workouts and names each one left out', () => {
    const b = { ...makeBackup([r], [], null), routines: [r, { ...r, id: 'w2', day: 'Tuesday' }] };
    const { backup, skipped } = readBackup(JSON.stringify(b));
    expect(backup.routines.map((x) => x.id)).toEqual(['w1']);
    expect(skipped).toEqual(['Left out workout w2: no valid day.']);
  });
});
