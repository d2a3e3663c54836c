/**
 * The registries' rule for finding their files, as pure functions over the modules
 * import.meta.glob found: `FOLDER/ID.ts` exports the one object whose id is ID. Specs come out in
 * the routine's order (group, then place in the group), never in file order.
 */
import { ROUTINE_GROUPS, type ExerciseSpec } from '../engine/exercise-spec';

export type GlobbedModules = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** ID from a module path such as `./bird-dog.ts`. */
export function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ts$/, '');
}

function hasId(id: string, value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id;
}

/** Each module's one export whose id is the module's file name; `folder` names the files in the error. */
export function oneExportPerFile<T extends { id: string }>(modules: GlobbedModules, folder: string): T[] {
  return Object.entries(modules).map(([path, exports]) => {
    const id = fileId(path);
    const found = Object.values(exports).filter((value) => hasId(id, value));
    if (found.length !== 1) throw new Error(`${folder}/${id}.ts must export one object with id "${id}"; it exports ${found.length}`);
    return found[0] as T;
  });
}

export function discoverSpecs(modules: GlobbedModules): ExerciseSpec[] {
  const rank = (s: ExerciseSpec) => ROUTINE_GROUPS.indexOf(s.routine.group) * 1000 + s.routine.order;
  return oneExportPerFile<ExerciseSpec>(modules, 'src/exercises').sort((a, b) => rank(a) - rank(b));
}
