/**
 * The review's one line about a set: what was counted (for a hold exercise, the holds that reached
 * their target, apart from the attempts that fell short and how long the best of those lasted), the
 * average score, and how many form cues were given.
 */
import { countWords, unitOf } from './count-words';
import type { RepRow } from './rep-rows';

export function setSummary(rows: readonly RepRow[], kind: 'reps' | 'hold', cues: number): string {
  const parts: string[] = [];
  if (kind === 'hold') {
    const made = rows.filter((r) => r.holdReached === true).length;
    const short = rows.filter((r) => r.holdReached === false);
    parts.push(`${countWords(made, unitOf(kind))} made`);
    if (short.length) {
      const longest = Math.max(...short.map((r) => r.held ?? 0));
      parts.push(`${short.length} too short (longest ${longest.toFixed(1)} s)`);
    }
  } else {
    parts.push(countWords(rows.length, unitOf(kind)));
  }
  if (rows.length) parts.push(`average score ${Math.round(rows.reduce((s, r) => s + r.score, 0) / rows.length)}`);
  if (cues) parts.push(countWords(cues, 'form cue'));
  return parts.join(', ');
}
