/**
 * Replays a pose track through the pipeline downstream of the detector, on a clock that runs
 * `speed` times real time. Every frame is delivered, in order, with its own `t`, so the engine
 * sees exactly what it would have seen live.
 */
import type { PoseFrame, PoseTrack } from '../track/track';

/** Index one past the last frame due at track time `clock`, scanning on from `from`. */
export function nextDueIndex(frames: readonly PoseFrame[], from: number, clock: number): number {
  let i = from;
  while (i < frames.length && frames[i].t <= clock) i++;
  return i;
}

export interface TrackPlayback {
  pause(): void;
  resume(): void;
  stop(): void;
  readonly position: number;
}

export interface TrackPlayerCallbacks {
  onFrame(frame: PoseFrame): void;
  onEnd(): void;
  /** Injected for tests; defaults to requestAnimationFrame and performance.now. */
  schedule?: (cb: (now: number) => void) => number;
  cancel?: (id: number) => void;
  now?: () => number;
}

export function playTrack(track: PoseTrack, speed: number, cb: TrackPlayerCallbacks): TrackPlayback {
  const schedule = cb.schedule ?? ((f) => requestAnimationFrame(f));
  const cancel = cb.cancel ?? ((id) => cancelAnimationFrame(id));
  const now = cb.now ?? (() => performance.now());
  const frames = track.frames;
  const t0 = frames.length ? frames[0].t : 0;
  let index = 0;
  let clock = t0; // track time reached so far
  let lastWall = now();
  let paused = false;
  let stopped = false;
  let handle = 0;

  const tick = () => {
    if (stopped) return;
    const wall = now();
    if (!paused) clock += ((wall - lastWall) / 1000) * speed;
    lastWall = wall;
    const due = nextDueIndex(frames, index, clock);
    for (; index < due; index++) cb.onFrame(frames[index]);
    if (index >= frames.length) {
      stopped = true;
      cb.onEnd();
      return;
    }
    handle = schedule(tick);
  };
  handle = schedule(tick);

  return {
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      lastWall = now();
    },
    stop() {
      stopped = true;
      cancel(handle);
    },
    get position() {
      return clock;
    },
  };
}
