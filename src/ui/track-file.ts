/**
 * Telling a pose-track file from a video, and refusing one too large to read before reading it
 * (JSON.parse of a gigabyte would hang the page and then fail as "not valid JSON").
 */

/** A pose track runs at about 3 MB a minute at 30 fps: this is over an hour. */
export const MAX_TRACK_BYTES = 256 * 1024 * 1024;

export function isTrackFileName(name: string): boolean {
  return /\.json$/i.test(name);
}

/** Why a track of this size is not opened, or null when it may be. */
export function trackSizeProblem(name: string, bytes: number): string | null {
  if (!(bytes > MAX_TRACK_BYTES)) return null;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return `${name} is ${mb(bytes)}: too large for a pose track (at most ${mb(MAX_TRACK_BYTES)}, over an hour of recording). Split it or record a shorter one.`;
}
