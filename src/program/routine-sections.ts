/**
 * The routine cut into its parts (warm-up, main set, straightening) for screens that list it:
 * consecutive items of one group form a section, so the list keeps the order it was given.
 */
import { GROUP_TITLES, type RoutineGroup } from './catalogue';

export interface RoutineSection<T> {
  group: RoutineGroup;
  title: string;
  items: T[];
}

export function routineSections<T extends { group: RoutineGroup }>(items: readonly T[]): RoutineSection<T>[] {
  const sections: RoutineSection<T>[] = [];
  for (const item of items) {
    const last = sections.at(-1);
    if (last?.group === item.group) last.items.push(item);
    else sections.push({ group: item.group, title: GROUP_TITLES[item.group], items: [item] });
  }
  return sections;
}
