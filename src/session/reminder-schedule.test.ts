import { describe, expect, it } from 'vitest';
import { ReminderSchedule } from './reminder-schedule';

describe('ReminderSchedule', () => {
  it('says the first reminder as counting starts and the next one part-way through the set, each once', () => {
    const s = new ReminderSchedule(['Slowly and smoothly', 'Now back and forth too'], 5);
    expect(s.update(0)).toEqual(['Slowly and smoothly']);
    expect(s.update(0)).toEqual([]);
    expect(s.update(1)).toEqual([]);
    expect(s.update(2)).toEqual(['Now back and forth too']);
    expect(s.update(5)).toEqual([]);
  });

  it('catches up when reps jump past a due point, and starts again for a new set', () => {
    const s = new ReminderSchedule(['a', 'b', 'c'], 6);
    expect(s.update(5)).toEqual(['a', 'b', 'c']);
    s.reset();
    expect(s.update(0)).toEqual(['a']);
  });

  it('says nothing for an exercise without reminders', () => {
    expect(new ReminderSchedule([], 5).update(3)).toEqual([]);
  });
});
