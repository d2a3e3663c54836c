/** "1 hold", "2 holds", "0 reps": a count with its noun in the right number. */
export function countWords(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${noun(n, singular, plural)}`;
}

/** The noun alone, in the number `n` needs. */
export function noun(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}

/** The noun a count of an exercise's lifts uses: holds for a hold exercise, reps otherwise. */
export function unitOf(kind: 'reps' | 'hold'): string {
  return kind === 'hold' ? 'hold' : 'rep';
}
