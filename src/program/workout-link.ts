/**
 * The link that starts today's workout: `?workout=today`. For tests and demos it can be shortened
 * to some exercises (`&only=head-tilts,glute-bridge`) and fed pose tracks instead of the camera
 * (`&track.glute-bridge=PATH&speed=N`, same origin only); such a workout is a replay and the
 * history keeps it apart from real ones.
 */
import { sameOriginPath } from '../ui/deep-link';

export interface WorkoutLink {
  only: string[] | null;
  /** Pose track per exercise id; empty for the camera. */
  tracks: Record<string, string>;
  speed: number;
}

export function parseWorkoutLink(search: string, origin: string): WorkoutLink | string | null {
  const p = new URLSearchParams(search);
  if (p.get('workout') !== 'today') return null;
  const only = p.get('only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? null;
  const tracks: Record<string, string> = {};
  for (const [key, value] of p) {
    if (!key.startsWith('track.')) continue;
    const src = sameOriginPath(value, origin);
    if (!src) return `Pose tracks are only loaded from this site; “${value}” is elsewhere.`;
    tracks[key.slice('track.'.length)] = src;
  }
  const n = Number(p.get('speed') ?? '1');
  return { only: only?.length ? only : null, tracks, speed: Number.isFinite(n) && n > 0 ? Math.min(32, n) : 1 };
}
