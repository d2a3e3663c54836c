/**
 * What the preview says about the next exercise: how to stand for the camera (only when that
 * changes) and the spoken line for the rest before it.
 */
import type { PlanItem } from './todays-plan';

export function cameraHint(prev: PlanItem | null, next: PlanItem): string {
  const same = prev?.view === next.view;
  if (next.view === 'side') return same ? 'Camera at your side, as before.' : 'Turn side-on for the next one: camera at your side.';
  return same ? 'Facing the camera, as before.' : 'Face the camera for the next one.';
}

/** Spoken at the start of a rest: how long, and what comes next. */
export function restAnnouncement(seconds: number, next: PlanItem, nextSet: number, prev: PlanItem | null): string {
  const what = next === prev ? `Set ${nextSet} of ${next.name.toLowerCase()}` : `Next: ${next.name.toLowerCase()}`;
  const turn = next !== prev && prev?.view !== next.view ? (next.view === 'side' ? ' Turn side-on.' : ' Face the camera.') : '';
  return `Rest ${seconds} seconds. ${what}.${turn}`;
}

/** The word to speak when a countdown passes from `before` to `now` whole seconds left: 10, then 3, 2, 1. */
export function countdownWord(before: number, now: number): string | null {
  if (now === before) return null;
  if (now === 10) return '10 seconds';
  return now >= 1 && now <= 3 ? String(now) : null;
}
