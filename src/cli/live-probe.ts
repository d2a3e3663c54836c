/**
 * What bench:live installs in the app page before it loads (serialised by Playwright, so no imports):
 * animation frames, long tasks and long animation frames with their scripts, key press delays, and
 * per-frame lag and detector steps read from the page's PoseStream, and the camera frames the page saw.
 */
export interface LiveWindow {
  seconds: number;
  animationFrames: number;
  detections: number;
  lagMs: number[];
  longTaskMs: number[];
  /** Long animation frames (> 50 ms) with the scripts that ran in them. */
  longFrames: { duration: number; scripts: { source: string; duration: number }[] }[];
  /** Key press: event.timeStamp to the handler, and to the next animation frame, ms. */
  keyHandlerMs: number[];
  keyToFrameMs: number[];
  steps: Record<string, number[]>;
  /** Camera frames the page's video element presented (requestVideoFrameCallback). */
  cameraFrames: number;
  /** The frame rate the camera track reports in its settings. */
  cameraSettingsFps: number;
}

/**
 * `cameraFps`: the app asks for at most 30 frames a second (a webcam's usual rate); the probe lifts that cap
 * so the benchmark's camera can outrun the detector and the detector, not the camera, sets the rate.
 */
export function installLiveProbe(cameraFps: number): void {
  type Stream = { frameCount: number; latencyMs: number; steps: Record<string, number> | null; onFrame(l: () => void): () => void };
  const w = window as unknown as { __poseStream?: Stream; __liveProbe: unknown };
  let on = false;
  let startedAt = 0;
  let startFrames = 0;
  let data: Omit<LiveWindow, 'seconds' | 'detections' | 'cameraSettingsFps'> = fresh();
  function fresh() {
    return { animationFrames: 0, lagMs: [], longTaskMs: [], longFrames: [], keyHandlerMs: [], keyToFrameMs: [], steps: {}, cameraFrames: 0 } as Omit<LiveWindow, 'seconds' | 'detections' | 'cameraSettingsFps'>;
  }
  let cameraTrack: MediaStreamTrack | null = null;
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const video = constraints?.video;
    const lifted = video && typeof video === 'object' ? { ...constraints, video: { ...video, frameRate: { ideal: cameraFps } } } : constraints;
    const stream = await getUserMedia(lifted);
    cameraTrack = stream.getVideoTracks()[0] ?? null;
    return stream;
  };
  type FrameVideo = HTMLVideoElement & { requestVideoFrameCallback(cb: (now: number, meta: { presentedFrames: number }) => void): number };
  let lastPresented = -1;
  const countCameraFrames = (video: FrameVideo) => {
    video.requestVideoFrameCallback((_, meta) => {
      if (on && lastPresented >= 0) data.cameraFrames += meta.presentedFrames - lastPresented;
      lastPresented = meta.presentedFrames;
      countCameraFrames(video);
    });
  };
  const tick = () => {
    if (on) data.animationFrames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    if (on) for (const e of list.getEntries()) data.longTaskMs.push(e.duration);
  }).observe({ type: 'longtask' });
  try {
    new PerformanceObserver((list) => {
      if (!on) return;
      for (const e of list.getEntries() as unknown as { duration: number; scripts: { sourceURL: string; sourceFunctionName: string; sourceCharPosition: number; invoker: string; duration: number }[] }[]) {
        data.longFrames.push({
          duration: e.duration,
          scripts: e.scripts.map((s) => ({ source: `${s.sourceURL.split('/').pop() || s.invoker} ${s.sourceFunctionName || ''}@${s.sourceCharPosition}`.trim(), duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // Long animation frames are a newer API: long tasks still count.
  }
  addEventListener(
    'keydown',
    (e) => {
      if (!on || e.key !== 'F9') return;
      data.keyHandlerMs.push(performance.now() - e.timeStamp);
      requestAnimationFrame(() => data.keyToFrameMs.push(performance.now() - e.timeStamp));
    },
    true,
  );
  let subscribed = false;
  w.__liveProbe = {
    begin() {
      const stream = w.__poseStream!;
      if (!subscribed) {
        subscribed = true;
        stream.onFrame(() =>
          queueMicrotask(() => {
            if (!on) return;
            data.lagMs.push(stream.latencyMs);
            for (const [k, v] of Object.entries(stream.steps ?? {})) (data.steps[k] ??= []).push(v);
          }),
        );
      }
      if (lastPresented < 0) countCameraFrames(document.querySelector('video') as FrameVideo);
      data = fresh();
      startFrames = stream.frameCount;
      startedAt = performance.now();
      on = true;
    },
    end(): LiveWindow {
      on = false;
      return { ...data, seconds: (performance.now() - startedAt) / 1000, detections: w.__poseStream!.frameCount - startFrames, cameraSettingsFps: cameraTrack?.getSettings().frameRate ?? NaN };
    },
  };
}
