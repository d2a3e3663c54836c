/** Finding a frame by time in a time-ordered list (binary search: tracks can be long). */

/** Index of the last item at or before time `t`; 0 when every item is later. Items are sorted by time. */
export function frameIndexAt(frames: readonly { t: number }[], t: number): number;
export function frameIndexAt<T>(items: readonly T[], t: number, timeOf: (item: T) => number): number;
export function frameIndexAt<T>(items: readonly T[], t: number, timeOf = (item: T) => (item as { t: number }).t): number {
  return indexAtTime(items.length, t, (i) => timeOf(items[i]));
}

/** The same search over `count` items read by index (a store that keeps no objects). */
export function indexAtTime(count: number, t: number, timeAt: (index: number) => number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (timeAt(mid) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
