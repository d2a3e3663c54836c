import { describe, expect, it } from 'vitest';
import { routineSections } from './routine-sections';
import { EXERCISE_SPECS, SUPPORTED_EXERCISES } from '../exercises';

describe('routineSections', () => {
  it('cuts the routine into warm-up, main set and straightening, in the seed order', () => {
    const items = SUPPORTED_EXERCISES.map((id) => ({ id, group: EXERCISE_SPECS[id].routine.group }));
    const sections = routineSections(items);
    expect(sections.map((s) => [s.title, s.items.length])).toEqual([
      ['Warm-up', 13],
      ['Main set', 17],
      ['Straightening', 4],
    ]);
    expect(sections.flatMap((s) => s.items)).toEqual(items);
  });

  it('keeps the given order: a group met again starts a new section rather than moving items', () => {
    const sections = routineSections([
      { id: 'a', group: 'warm-up' as const },
      { id: 'b', group: 'main' as const },
      { id: 'c', group: 'warm-up' as const },
    ]);
    expect(sections.map((s) => s.items.map((i) => i.id))).toEqual([['a'], ['b'], ['c']]);
  });

  it('gives no section for no items', () => {
    expect(routineSections([])).toEqual([]);
  });
});
