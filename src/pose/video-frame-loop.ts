/**
 * Paces detection by the video's own frames. Only the newest frame is ever processed: a frame that
 * arrives while the detector is busy is dropped, never queued, so a slow detector lowers the frame
 * rate instead of adding lag. `maxInFlight` 2 lets a worker detector receive the next frame while it
 * finishes the current one (so it never waits for the page), still without a queue behind them.
 */
export interface VideoFrameInfo {
  /** Media time of the frame in seconds (video time for files). */
  mediaTime: number;
  /** performance.now()-clock ms when the frame was captured (camera) or presented (file). */
  capturedAt: number;
}

export type FrameHandler = (frame: VideoFrameInfo) => Promise<void>;

export interface FrameLoop {
  stop(): void;
  /** Frames the video showed that the detector had no time for. */
  readonly droppedFrames: number;
}

type RvfcVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number; captureTime?: number; presentationTime?: number }) => void) => number;
  cancelVideoFrameCallback?: (id: number) => void;
};

export function startVideoFrameLoop(video: HTMLVideoElement, onFrame: FrameHandler, maxInFlight = 1): FrameLoop {
  const v = video as RvfcVideo;
  let stopped = false;
  let inFlight = 0;
  let dropped = 0;
  let handle = 0;
  let lastMediaTime = -1;

  const take = (info: VideoFrameInfo) => {
    if (inFlight >= maxInFlight) {
      dropped++;
      return;
    }
    inFlight++;
    onFrame(info).finally(() => {
      inFlight--;
    });
  };

  if (typeof v.requestVideoFrameCallback === 'function') {
    const tick = (now: number, meta: { mediaTime: number; captureTime?: number; presentationTime?: number }) => {
      if (stopped) return;
      take({ mediaTime: meta.mediaTime, capturedAt: meta.captureTime ?? meta.presentationTime ?? now });
      handle = v.requestVideoFrameCallback!(tick);
    };
    handle = v.requestVideoFrameCallback(tick);
  } else {
    // Fallback: poll on animation frames and treat a changed currentTime as a new video frame.
    const tick = (now: number) => {
      if (stopped) return;
      if (video.currentTime !== lastMediaTime && video.readyState >= 2) {
        lastMediaTime = video.currentTime;
        take({ mediaTime: video.currentTime, capturedAt: now });
      }
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
  }

  return {
    stop() {
      stopped = true;
      if (typeof v.cancelVideoFrameCallback === 'function') v.cancelVideoFrameCallback(handle);
      else cancelAnimationFrame(handle);
    },
    get droppedFrames() {
      return dropped;
    },
  };
}
