/**
 * The page's pose pipeline: one source (camera, video file or pose track) -> one detector ->
 * PoseFrames, recorded and handed to every listener in order. UI components read its $state;
 * the engine subscribes with onFrame. Errors become a SourceProblem on screen, and never clear
 * the recording.
 */
import { openCamera } from './camera';
import { createPoseDetector, DetectorUnavailableError, type PoseDetectorHandle } from './detector';
import { ModelFileError, type LoadProgress, type ModelVariant, type Runtime } from './model-files';
import { fasterRuntime, isSoftwareRenderer, lighterVariantIfSlow, loadStoredChoice, median, storeChoice, type RuntimePreference, type RuntimeTiming } from './runtime-choice';
import { cameraProblem, CAMERA_LOST, videoProblem, type SourceProblem } from './source-errors';
import { makeTrack, recordedFps, type PoseFrame, type PoseTrack } from '../track/track';
import { playTrack, type TrackPlayback } from './track-player';
import { startVideoFrameLoop, type FrameLoop } from './video-frame-loop';
import { hasWebGL2, webglRenderer } from './webgl-support';

export type StreamStatus = 'idle' | 'starting' | 'loading-model' | 'calibrating' | 'running' | 'paused' | 'ended' | 'error';
export type SourceKind = 'camera' | 'video' | 'track';
export type VideoMode = 'realtime' | 'every-frame';

/** After this long without a person, say so (a short gap is just a missed detection). */
const NO_PERSON_NOTICE_SECONDS = 2;
const CALIBRATION_FRAMES = 4;

type FrameListener = (frame: PoseFrame) => void;

export class PoseStream {
  status = $state<StreamStatus>('idle');
  problem = $state<SourceProblem | null>(null);
  /** Non-fatal, e.g. nobody in view. */
  notice = $state<string | null>(null);
  lastFrame = $state.raw<PoseFrame | null>(null);
  frameCount = $state(0);
  fps = $state(0);
  detectorMs = $state(0);
  /** Capture of the frame to the overlay drawn, ms (requestVideoFrameCallback metadata). */
  latencyMs = $state(0);
  mirrored = $state(false);
  sourceKind = $state<SourceKind | null>(null);
  source = $state({ name: '', width: 0, height: 0 });
  loadProgress = $state<LoadProgress | null>(null);
  /** every-frame video analysis: 0..1 */
  analysisProgress = $state<number | null>(null);
  runtime = $state<Runtime | null>(null);
  variant = $state<ModelVariant>('full');
  backend = $state('');
  runtimePreference = $state<RuntimePreference>('auto');
  /** Time both runtimes even where the answer is known (software WebGL): for tests and doubters. */
  forceCalibration = false;
  /** True while the first start times both runtimes (which loads each in turn). */
  calibrating = $state(false);
  /** What the app itself spends on a frame after detection (engine, overlay, state), ms. */
  ownMs = $state(0);
  /** Set when the variant was lowered automatically because frames stayed slow. */
  autoLowered = $state<string | null>(null);

  private videoEl: HTMLVideoElement | null = null;
  private detector: PoseDetectorHandle | null = null;
  private detectorKey = '';
  private frames: PoseFrame[] = [];
  private listeners = new Set<FrameListener>();
  private endListeners = new Set<() => void>();
  private loop: FrameLoop | null = null;
  private playback: TrackPlayback | null = null;
  private mediaStream: MediaStream | null = null;
  private lastT = -Infinity;
  private lastPersonT = 0;
  private lastWall = 0;
  private recentFps: number[] = [];
  private hiddenPause = false;
  private runToken = 0;
  private trackModel: PoseTrack['model'] | null = null;
  private videoMode: VideoMode = 'realtime';
  /** The opened file's blob URL, released when the next file is opened. */
  private objectUrl: string | null = null;
  private videoMaxFps: number | undefined;

  constructor() {
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', () => this.onVisibility());
    }
  }

  /** The element the camera or file plays in; CameraView puts it on screen. */
  get video(): HTMLVideoElement {
    if (!this.videoEl) {
      const v = document.createElement('video');
      v.muted = true;
      v.playsInline = true;
      v.setAttribute('playsinline', '');
      v.setAttribute('aria-label', 'Camera picture');
      this.videoEl = v;
    }
    return this.videoEl;
  }

  onFrame(listener: FrameListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onEnd(listener: () => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  recordedFrames(): PoseFrame[] {
    return this.frames;
  }

  toTrack(): PoseTrack {
    const model = this.trackModel ?? { name: 'blazepose', variant: this.variant, runtime: this.runtime ?? 'unknown' };
    return makeTrack(
      { name: this.source.name || 'recording', width: this.source.width || 1280, height: this.source.height || 720, fps: recordedFps(this.frames) },
      model,
      this.frames.slice(),
    );
  }

  setModel(runtime: RuntimePreference, variant: ModelVariant): void {
    this.runtimePreference = runtime;
    this.variant = variant;
  }

  // ---------------------------------------------------------------- sources

  async startCamera(deviceId?: string, options: { keepRecording?: boolean } = {}): Promise<void> {
    const token = this.begin('camera', options.keepRecording ?? false);
    let stream: MediaStream;
    try {
      stream = await openCamera(deviceId);
    } catch (e) {
      this.fail(cameraProblem(e));
      return;
    }
    if (token !== this.runToken) return stream.getTracks().forEach((t) => t.stop());
    this.mediaStream = stream;
    const videoTrack = stream.getVideoTracks()[0];
    videoTrack?.addEventListener('ended', () => {
      if (this.mediaStream === stream) this.fail(CAMERA_LOST);
    });
    const video = this.video;
    video.srcObject = stream;
    video.removeAttribute('src');
    this.mirrored = true;
    try {
      await this.playVideo(video);
    } catch (e) {
      this.fail(cameraProblem(e));
      return;
    }
    this.source = { name: videoTrack?.label || 'camera', width: video.videoWidth, height: video.videoHeight };
    if (!(await this.ensureDetector(video, token))) return;
    this.runCameraLoop(video, token);
  }

  /** `fps` caps every-frame analysis (default: every frame the file has). */
  async startVideo(file: File | string, options: { mode?: VideoMode; fps?: number } = {}): Promise<void> {
    const token = this.begin('video', false);
    const video = this.video;
    video.srcObject = null;
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = typeof file === 'string' ? null : URL.createObjectURL(file);
    const url = this.objectUrl ?? (file as string);
    this.mirrored = false;
    video.loop = false;
    video.playbackRate = 1;
    try {
      await new Promise<void>((resolve, reject) => {
        const ok = () => (cleanup(), resolve());
        const bad = () => (cleanup(), reject(new Error(video.error?.message || `error code ${video.error?.code ?? '?'}`)));
        const cleanup = () => {
          video.removeEventListener('loadeddata', ok);
          video.removeEventListener('error', bad);
        };
        video.addEventListener('loadeddata', ok);
        video.addEventListener('error', bad);
        video.src = url;
        video.load();
      });
    } catch (e) {
      this.fail(videoProblem((e as Error).message));
      return;
    }
    if (!video.videoWidth) {
      this.fail(videoProblem('it has no video track'));
      return;
    }
    this.source = { name: typeof file === 'string' ? file.split('/').pop()! : file.name, width: video.videoWidth, height: video.videoHeight };
    if (!(await this.ensureDetector(video, token))) return;
    this.videoMode = options.mode ?? 'realtime';
    this.videoMaxFps = options.fps;
    if (this.videoMode === 'every-frame') {
      await this.analyseEveryFrame(video, token, options.fps);
      return;
    }
    video.onended = () => {
      if (token === this.runToken) this.end();
    };
    try {
      await this.playVideo(video);
    } catch (e) {
      this.fail(videoProblem((e as Error).message));
      return;
    }
    this.runVideoLoop(video, token, (info) => info.mediaTime);
  }

  startTrack(track: PoseTrack, options: { speed?: number } = {}): void {
    this.begin('track', false);
    this.mirrored = false;
    this.source = { name: track.source.name, width: track.source.width, height: track.source.height };
    this.trackModel = track.model;
    this.status = 'running';
    this.playback = playTrack(track, options.speed ?? 1, {
      onFrame: (frame) => this.emit(frame),
      onEnd: () => this.end(),
    });
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.status = 'paused';
    this.loop?.stop();
    this.loop = null;
    this.playback?.pause();
    if (this.sourceKind === 'video') this.videoEl?.pause();
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.playback?.resume();
    if (this.sourceKind === 'video' && this.videoEl && this.videoMode === 'every-frame') {
      void this.analyseEveryFrame(this.videoEl, this.runToken, this.videoMaxFps);
    } else if (this.sourceKind === 'video' && this.videoEl) {
      void this.videoEl.play();
      this.runVideoLoop(this.videoEl, this.runToken, (info) => info.mediaTime);
    } else if (this.sourceKind === 'camera' && this.videoEl) {
      this.runCameraLoop(this.videoEl, this.runToken);
    }
  }

  /** Stops the source; the recording stays until the next start. */
  stop(): void {
    this.runToken++;
    this.teardownSource();
    if (this.status !== 'error') this.status = this.frames.length ? 'ended' : 'idle';
  }

  dispose(): void {
    this.stop();
    this.detector?.dispose();
    this.detector = null;
    this.detectorKey = '';
  }

  /** Tensors / runtime resources alive in the detector, for leak tests. */
  detectorResources(): number {
    return this.detector?.resourceCount() ?? 0;
  }

  // ---------------------------------------------------------------- internals

  private begin(kind: SourceKind, keepRecording: boolean): number {
    this.runToken++;
    this.teardownSource();
    if (!keepRecording) {
      this.frames = [];
      this.frameCount = 0;
      this.lastT = -Infinity;
      this.trackModel = null;
    }
    this.problem = null;
    this.notice = null;
    this.lastFrame = null;
    this.sourceKind = kind;
    this.status = 'starting';
    this.recentFps = [];
    this.lastWall = 0;
    this.lastPersonT = this.frames.length ? this.lastT : 0;
    return this.runToken;
  }

  private teardownSource(): void {
    this.loop?.stop();
    this.loop = null;
    this.playback?.stop();
    this.playback = null;
    if (this.mediaStream) {
      const s = this.mediaStream;
      this.mediaStream = null;
      s.getTracks().forEach((t) => t.stop());
    }
    if (this.videoEl) {
      this.videoEl.onended = null;
      this.videoEl.pause();
    }
    this.analysisProgress = null;
  }

  private fail(problem: SourceProblem): void {
    this.teardownSource();
    this.problem = problem;
    this.status = 'error';
  }

  private end(): void {
    this.teardownSource();
    this.status = 'ended';
    for (const l of this.endListeners) l();
  }

  private async playVideo(video: HTMLVideoElement): Promise<void> {
    await video.play();
    if (!video.videoWidth) {
      await new Promise<void>((resolve) => video.addEventListener('loadedmetadata', () => resolve(), { once: true }));
    }
  }

  private onVisibility(): void {
    if (document.hidden && this.status === 'running') {
      this.hiddenPause = true;
      this.pause();
    } else if (!document.hidden && this.hiddenPause) {
      this.hiddenPause = false;
      this.resume();
    }
  }

  /** Makes sure the right detector exists, creating it only when runtime or model changed. */
  private async ensureDetector(input: HTMLVideoElement, token: number): Promise<boolean> {
    try {
      const runtime = await this.chooseRuntime(input, token);
      if (token !== this.runToken) return false;
      await this.loadDetector(runtime, this.variant);
      if (token !== this.runToken) return false;
      this.status = 'running';
      return true;
    } catch (e) {
      this.loadProgress = null;
      if (e instanceof ModelFileError) {
        this.fail({ id: 'model-missing', title: 'A model file is missing', message: e.message, action: 'Reload' });
      } else {
        this.fail({ id: 'detector-failed', title: 'The pose detector could not start', message: `${(e as Error).message}. Try the other runtime in Settings, or reload the page.`, action: 'Reload' });
      }
      return false;
    }
  }

  private async loadDetector(runtime: Runtime, variant: ModelVariant): Promise<void> {
    const key = `${runtime}/${variant}`;
    if (this.detector && this.detectorKey === key) return;
    this.status = 'loading-model';
    this.detector?.dispose();
    this.detector = null;
    this.detectorKey = '';
    this.detector = await createPoseDetector({ runtime, variant, onProgress: (p) => (this.loadProgress = p) });
    this.detectorKey = key;
    this.loadProgress = null;
    this.runtime = runtime;
    this.backend = this.detector.backend;
  }

  private async chooseRuntime(input: HTMLVideoElement, token: number): Promise<Runtime> {
    const pref = this.runtimePreference;
    if (pref !== 'auto') {
      if (pref === 'mediapipe' && !hasWebGL2()) return 'tfjs';
      return pref;
    }
    if (!hasWebGL2()) return 'tfjs';
    if (this.runtime) return this.runtime;
    const renderer = webglRenderer();
    if (isSoftwareRenderer(renderer) && !this.forceCalibration) return 'tfjs';
    const stored = this.forceCalibration ? null : loadStoredChoice(localStorage, renderer);
    if (stored) return stored.runtime;
    // First start on this machine: time both runtimes on a few frames of the live source.
    this.status = 'calibrating';
    this.calibrating = true;
    try {
      return await this.calibrate(input, token, renderer);
    } finally {
      this.calibrating = false;
    }
  }

  private async calibrate(input: HTMLVideoElement, token: number, renderer: string): Promise<Runtime> {
    const timings: RuntimeTiming[] = [];
    for (const runtime of ['tfjs', 'mediapipe'] as const) {
      if (token !== this.runToken) break;
      const samples: number[] = [];
      try {
        await this.loadDetector(runtime, this.variant);
        this.status = 'calibrating';
        const size = { width: input.videoWidth, height: input.videoHeight };
        for (let i = 0; i <= CALIBRATION_FRAMES; i++) {
          const t0 = performance.now();
          await this.detector!.estimate(input, size, i / 30);
          if (i > 0) samples.push(performance.now() - t0);
          // A runtime ten times slower than the other needs no more samples to lose.
          if (timings[0] && samples.length >= 1 && samples[0] > 10 * median(timings[0].samples)) break;
        }
      } catch {
        // A runtime that cannot start simply loses.
      }
      timings.push({ runtime, samples });
    }
    const best = fasterRuntime(timings) ?? 'tfjs';
    storeChoice(localStorage, { runtime: best, renderer, medians: Object.fromEntries(timings.map((t) => [t.runtime, median(t.samples)])) });
    return best;
  }

  /** Camera time continues the recording after a pause, a reconnect or a model change. */
  private runCameraLoop(video: HTMLVideoElement, token: number): void {
    const base = this.frames.length ? this.lastT + 0.001 : 0;
    let startedAt = -1;
    this.runVideoLoop(video, token, (info) => {
      if (startedAt < 0) startedAt = info.capturedAt;
      return base + (info.capturedAt - startedAt) / 1000;
    });
  }

  private runVideoLoop(video: HTMLVideoElement, token: number, timeOf: (info: { mediaTime: number; capturedAt: number }) => number): void {
    this.loop?.stop();
    this.status = 'running';
    this.loop = startVideoFrameLoop(video, async (info) => {
      if (token !== this.runToken || !this.detector || this.status !== 'running') return;
      const t = timeOf(info);
      const size = { width: video.videoWidth, height: video.videoHeight };
      const started = performance.now();
      let frame: PoseFrame;
      try {
        frame = await this.detector.estimate(video, size, t);
      } catch (e) {
        this.fail({ id: 'detector-failed', title: 'Pose detection failed', message: `${(e as Error).message}. What was recorded is kept; reload to try again.`, action: 'Reload' });
        return;
      }
      if (token !== this.runToken) return;
      this.detectorMs = performance.now() - started;
      this.emit(frame);
      this.latencyMs = performance.now() - info.capturedAt;
      // Checked on every frame, so the common case (fast enough) stays synchronous and allocation-free.
      const lighter = this.sourceKind === 'camera' ? lighterVariantIfSlow(this.variant, this.recentFps) : null;
      if (lighter) void this.lowerVariant(lighter, token);
    });
  }

  /**
   * Review mode: every decoded frame goes to the detector, however slow it is. The video is paused
   * on each new frame while the detector works and played on to the next one afterwards (seeking
   * instead would decode from the last keyframe every time, many times slower).
   */
  private async analyseEveryFrame(video: HTMLVideoElement, token: number, maxFps: number | undefined): Promise<void> {
    const size = { width: video.videoWidth, height: video.videoHeight };
    const minGap = maxFps ? 1 / maxFps - 1e-3 : 0;
    let lastTaken = -Infinity;
    this.status = 'running';
    // Slow playback leaves the compositor time to present each frame between play() and the next
    // pause; at full speed one frame in ten slipped past.
    video.playbackRate = 0.5;
    video.onended = () => {
      if (token === this.runToken) this.end();
    };
    this.loop = startVideoFrameLoop(video, async (info) => {
      if (token !== this.runToken || this.status !== 'running') return;
      if (info.mediaTime - lastTaken < minGap) return;
      lastTaken = info.mediaTime;
      video.pause();
      const started = performance.now();
      let frame: PoseFrame;
      try {
        frame = await this.detector!.estimate(video, size, info.mediaTime);
      } catch (e) {
        this.fail({ id: 'detector-failed', title: 'Pose detection failed', message: `${(e as Error).message}. What was analysed is kept.`, action: 'Reload' });
        return;
      }
      if (token !== this.runToken) return;
      this.detectorMs = performance.now() - started;
      this.emit(frame);
      this.analysisProgress = video.duration ? Math.min(1, info.mediaTime / video.duration) : null;
      // Not awaited: the loop must be free again before the next frame is presented.
      if (this.status === 'running' && !video.ended) void video.play().catch(() => undefined);
    });
    try {
      await video.play();
    } catch (e) {
      this.fail(videoProblem((e as Error).message));
    }
  }

  private async lowerVariant(lighter: ModelVariant, token: number): Promise<void> {
    if (!this.runtime) return;
    this.autoLowered = `Model lowered from ${this.variant} to ${lighter}: frames stayed under 10 per second.`;
    this.variant = lighter;
    this.recentFps = [];
    this.loop?.stop();
    try {
      await this.loadDetector(this.runtime, lighter);
    } catch {
      return;
    }
    if (token === this.runToken && this.videoEl) this.runCameraLoop(this.videoEl, token);
  }

  /** Records a frame and hands it on. Frames out of time order are dropped, keeping the track valid. */
  private emit(frame: PoseFrame): void {
    if (!(frame.t > this.lastT)) return;
    this.lastT = frame.t;
    this.frames.push(frame);
    this.frameCount = this.frames.length;
    this.lastFrame = frame;
    const wall = performance.now();
    if (this.lastWall) {
      const inst = 1000 / Math.max(1, wall - this.lastWall);
      this.fps = this.fps ? this.fps * 0.8 + inst * 0.2 : inst;
      this.recentFps.push(inst);
      if (this.recentFps.length > 60) this.recentFps.shift();
    }
    this.lastWall = wall;
    if (frame.keypoints) {
      this.lastPersonT = frame.t;
      if (this.notice) this.notice = null;
    } else if (frame.t - this.lastPersonT >= NO_PERSON_NOTICE_SECONDS && !this.notice) {
      this.notice = 'No one in view — step in front of the camera so your whole body shows.';
    }
    const started = performance.now();
    for (const l of this.listeners) l(frame);
    this.ownMs = this.ownMs ? this.ownMs * 0.9 + (performance.now() - started) * 0.1 : performance.now() - started;
  }
}
