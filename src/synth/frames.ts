/** Frame timing: when a detector running at a given rate would deliver frames. */
import type { Random } from './random';

/**
 * Frame times from 0 up to duration. Uneven spacing draws each gap between 0.5x and 2x the
 * nominal one, like a slow detector that skips frames; times still strictly increase.
 */
export function frameTimes(duration: number, fps: number, uneven: boolean, random: Random): number[] {
  const gap = 1 / fps;
  const times: number[] = [];
  let t = 0;
  while (t <= duration + 1e-9) {
    times.push(t);
    // Even spacing multiplies rather than adds, so rounding errors do not pile up over minutes.
    t = uneven ? t + gap * (0.5 + 1.5 * random.next()) : times.length * gap;
  }
  return times;
}
