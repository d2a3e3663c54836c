import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_SPECS, SUPPORTED_EXERCISES } from '.';
import { discoverSpecs, fileId } from './discover-specs';
import type { ExerciseSpec } from '../engine/exercise-spec';

/** The 34 ids of the seed's routine, in its order (shared/design/exercise-ids.md lists them so). */
function seedIds(): string[] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'design', 'exercise-ids.md'), 'utf8');
  // Each group is "Title (notes): id, id (notes), ...": drop the notes and titles, keep the ids.
  const lists = text.split('\n\n').slice(1).join('\n').replace(/\([^)]*\)/g, '').replace(/^[A-Z][^:]*:/gm, '');
  return lists.split(/[\s,]+/).filter((word) => /^[a-z]+(-[a-z]+)*$/.test(word));
}

const place = (group: ExerciseSpec['routine']['group'], order: number, id: string) => ({ id, routine: { group, order } }) as ExerciseSpec;

describe('the exercise registry', () => {
  it('finds exactly the 34 exercises of the seed, in the routine order', () => {
    const ids = seedIds();
    expect(ids).toHaveLength(34);
    expect(SUPPORTED_EXERCISES).toEqual(ids);
  });

  it('takes each spec from its own file, src/exercises/ID.ts', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'discover-specs.ts')
      .map(fileId);
    expect([...files].sort()).toEqual([...SUPPORTED_EXERCISES].sort());
    for (const id of files) expect(EXERCISE_SPECS[id].id).toBe(id);
  });

  it('orders by the routine place, whatever the file order', () => {
    const specs = discoverSpecs({
      './a-late.ts': { aLate: place('straightening', 1, 'a-late') },
      './b-second.ts': { bSecond: place('warm-up', 2, 'b-second'), helper: 3 },
      './c-first.ts': { cFirst: place('warm-up', 1, 'c-first') },
      './d-main.ts': { dMain: place('main', 1, 'd-main') },
    });
    expect(specs.map((s) => s.id)).toEqual(['c-first', 'b-second', 'd-main', 'a-late']);
  });

  it('refuses a file whose spec id is not its name, or that holds two', () => {
    expect(() => discoverSpecs({ './bird-dog.ts': { birdDog: place('main', 1, 'birddog') } })).toThrow(/src\/exercises\/bird-dog\.ts must export one object with id "bird-dog"/);
    expect(() => discoverSpecs({ './x.ts': { a: place('main', 1, 'x'), b: place('main', 2, 'x') } })).toThrow(/exports 2/);
  });
});
