/**
 * The app's URL: `?exercise=ID` opens that exercise's live view (camera); adding
 * `&source=track&src=PATH&speed=N` replays the pose track at PATH (same origin only) at N times real
 * time; `?view=lab` opens the raw pose pipeline page, `?view=history` the saved workouts.
 */
export type SourceSpec = { kind: 'camera' } | { kind: 'video'; file: File } | { kind: 'track'; src: string; speed: number };

export type DeepLink =
  | { view: 'picker' }
  | { view: 'lab' }
  | { view: 'history' }
  | { view: 'live'; exercise: string; source: SourceSpec }
  | { view: 'error'; message: string };

const MIN_SPEED = 0.1;
const MAX_SPEED = 32;

/** A same-origin URL for PATH, or null when it points anywhere else. */
export function sameOriginPath(src: string, origin: string): string | null {
  try {
    const url = new URL(src, origin + '/');
    if (url.origin !== origin) return null;
    return url.pathname + url.search;
  } catch {
    return null;
  }
}

export function parseDeepLink(search: string, origin: string, isExercise: (id: string) => boolean): DeepLink {
  const p = new URLSearchParams(search);
  if (p.get('view') === 'lab') return { view: 'lab' };
  if (p.get('view') === 'history') return { view: 'history' };
  const exercise = p.get('exercise');
  if (!exercise) return { view: 'picker' };
  if (!isExercise(exercise)) return { view: 'error', message: `There is no exercise called “${exercise}” that the camera can follow.` };
  const source = p.get('source');
  if (source === 'track') {
    const raw = p.get('src');
    if (!raw) return { view: 'error', message: 'The link asks for a pose track but gives no src=PATH.' };
    const src = sameOriginPath(raw, origin);
    if (!src) return { view: 'error', message: `Pose tracks are only loaded from this site; “${raw}” is elsewhere.` };
    const n = Number(p.get('speed') ?? '1');
    const speed = Number.isFinite(n) && n > 0 ? Math.min(MAX_SPEED, Math.max(MIN_SPEED, n)) : 1;
    return { view: 'live', exercise, source: { kind: 'track', src, speed } };
  }
  if (source && source !== 'camera') return { view: 'error', message: `Unknown source “${source}” (use source=track or leave it out for the camera).` };
  return { view: 'live', exercise, source: { kind: 'camera' } };
}

/** The query string of a live view, as parseDeepLink reads it back; a video file cannot be linked to, so it has none. */
export function liveQuery(exercise: string, source: SourceSpec): string {
  const p = new URLSearchParams({ exercise });
  if (source.kind === 'video') return '?view=video';
  if (source.kind === 'track') {
    p.set('source', 'track');
    p.set('src', source.src);
    p.set('speed', String(source.speed));
  }
  return `?${p}`;
}
