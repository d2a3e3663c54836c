/**
 * The page's pose pipeline as reactive state: one source (sources/) -> the detector session ->
 * PoseFrames, recorded (recorder.ts) and handed to every listener in order. The work is in those
 * plain modules; this shell owns which source is current, and shows status, problems and stats.
 * Starting a source stops the old one, and an old source's late results are ignored.
 */
import type { PoseFrame, PoseTrack } from '../track/track';
import { createPoseDetector, type DetectorPlace } from './detector';
import { DetectorSession, type SessionHooks } from './detector-session';
import { HiddenTabPause } from './hidden-tab-pause';
import { Listeners } from './listeners';
import type { LoadProgress, ModelVariant } from './model-files';
import { PresenceWatch } from './presence';
import { Recorder } from './recorder';
import { lighterVariantIfSlow, type Runtime, type RuntimePreference } from './runtime-choice';
import { CameraSource } from './sources/camera-source';
import type { FrameSink, FrameSource, SourceInfo, SourceKind } from './sources/frame-source';
import { TrackSource } from './sources/track-source';
import { createVideoElement } from './sources/video-element';
import { VideoSource, type VideoOptions } from './sources/video-source';
import { detectionProblem, startProblem, type SourceProblem } from './source-errors';
import { StreamStats } from './stream-stats';
import { hasWebGL2, webglRenderer } from './webgl-support';
import type { FrameSteps } from './worker/worker-detector';

export type StreamStatus = 'idle' | 'starting' | 'loading-model' | 'calibrating' | 'running' | 'paused' | 'ended' | 'error';
export type { SourceKind };
export type { VideoMode } from './sources/video-source';

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
  /** What the app itself spends on a frame after detection (engine, overlay, state), ms. */
  ownMs = $state(0);
  /** Where the last frame's time went in the detector worker, ms. */
  steps = $state.raw<FrameSteps | null>(null);
  mirrored = $state(false);
  sourceKind = $state<SourceKind | null>(null);
  source = $state<SourceInfo>({ name: '', width: 0, height: 0 });
  loadProgress = $state<LoadProgress | null>(null);
  /** every-frame video analysis: 0..1 */
  analysisProgress = $state<number | null>(null);
  runtime = $state<Runtime | null>(null);
  variant = $state<ModelVariant>('full');
  backend = $state('');
  runtimePreference = $state<RuntimePreference>('auto');
  /** True while the first start times each runtime (which loads each in turn). */
  calibrating = $state(false);
  /** Set when the variant was lowered automatically because frames stayed slow. */
  autoLowered = $state<string | null>(null);

  private readonly session: DetectorSession;
  private readonly recorder = new Recorder();
  private readonly stats = new StreamStats();
  private readonly presence = new PresenceWatch();
  private readonly frameListeners = new Listeners<[PoseFrame]>();
  private readonly endListeners = new Listeners<[]>();
  private current: FrameSource | null = null;
  private videoEl: HTMLVideoElement | null = null;
  private trackModel: PoseTrack['model'] | null = null;

  constructor(options: { place?: DetectorPlace } = {}) {
    this.session = new DetectorSession({
      create: createPoseDetector,
      environment: () => ({ webgl2: hasWebGL2(), renderer: webglRenderer() }),
      storage: typeof localStorage === 'undefined' ? { getItem: () => null, setItem: () => undefined } : localStorage,
      now: () => performance.now(),
      place: options.place ?? 'worker',
    });
    const hiding = new HiddenTabPause(this);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => hiding.visibilityChanged(document.hidden));
  }

  /** Time every runtime even where the answer is known (software WebGL): for tests and doubters. */
  set forceCalibration(on: boolean) {
    this.session.forceCalibration = on;
  }

  /** The element the camera or file plays in; CameraView puts it on screen. */
  get video(): HTMLVideoElement {
    return (this.videoEl ??= createVideoElement());
  }

  onFrame(listener: (frame: PoseFrame) => void): () => void {
    return this.frameListeners.add(listener);
  }

  onEnd(listener: () => void): () => void {
    return this.endListeners.add(listener);
  }

  recordedFrames(): PoseFrame[] {
    return this.recorder.frames();
  }

  /** Bytes the recording holds in typed arrays (outside the JS heap's objects), for the live benchmark. */
  recordedBytes(): number {
    return this.recorder.store.byteLength;
  }

  toTrack(): PoseTrack {
    return this.recorder.toTrack(this.source, this.trackModel ?? { name: 'blazepose', variant: this.variant, runtime: this.runtime ?? 'unknown' });
  }

  setModel(runtime: RuntimePreference, variant: ModelVariant): void {
    this.runtimePreference = runtime;
    this.variant = variant;
  }

  startCamera(deviceId?: string, options: { keepRecording?: boolean } = {}): Promise<void> {
    return this.start(new CameraSource(this.video, deviceId), options.keepRecording ?? false);
  }

  startVideo(file: File | string, options: VideoOptions = {}): Promise<void> {
    return this.start(new VideoSource(this.video, file, options), false);
  }

  startTrack(track: PoseTrack, options: { speed?: number } = {}): void {
    void this.start(new TrackSource(track, options.speed ?? 1), false);
    this.trackModel = track.model;
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.status = 'paused';
    this.current?.pause();
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.current?.run();
  }

  /** Stops the source; the recording stays until the next start. */
  stop(): void {
    this.stopSource();
    if (this.status !== 'error') this.status = this.recorder.count ? 'ended' : 'idle';
  }

  dispose(): void {
    this.stop();
    this.session.dispose();
  }

  /** Tensors / runtime resources alive in the detector, for leak tests. */
  detectorResources(): number {
    return this.session.handle?.resourceCount() ?? 0;
  }

  private async start(source: FrameSource, keepRecording: boolean): Promise<void> {
    this.stopSource();
    this.current = source;
    if (!keepRecording) {
      this.recorder.clear();
      this.frameCount = 0;
      this.trackModel = null;
    }
    this.problem = null;
    this.notice = null;
    this.lastFrame = null;
    this.sourceKind = source.kind;
    this.status = 'starting';
    this.stats.restart();
    this.presence.reset(this.recorder.count ? this.recorder.lastT : 0);
    const live = () => this.current === source;
    try {
      const info = await source.open(this.sinkFor(source, live));
      if (!live()) return source.stop();
      this.source = info;
      this.mirrored = source.mirrored;
      if (source.needsDetector) {
        await this.session.prepare(this.runtimePreference, this.variant, () => this.sample(), this.hooks(live));
        if (!live()) return;
        this.showDetector();
      }
      this.status = 'running';
      source.run();
    } catch (e) {
      if (live()) this.fail(startProblem(e));
    }
  }

  private sample() {
    return { input: this.video, size: { width: this.video.videoWidth, height: this.video.videoHeight } };
  }

  private hooks(live: () => boolean): SessionHooks {
    return {
      loading: (on) => {
        if (on && live()) this.status = 'loading-model';
        if (!on) this.loadProgress = null;
      },
      progress: (p) => live() && (this.loadProgress = p),
      calibrating: (on) => {
        this.calibrating = on;
        if (on) this.status = 'calibrating';
      },
      current: live,
    };
  }

  private showDetector(): void {
    const handle = this.session.handle!;
    this.runtime = handle.runtime;
    this.backend = handle.backend;
  }

  /** The sink a source delivers to; it does nothing once that source is no longer current. */
  private sinkFor(source: FrameSource, live: () => boolean): FrameSink {
    const session = this.session;
    return {
      get maxInFlight() {
        // A worker keeps only the newest waiting frame itself, so it may be offered every camera frame.
        return session.handle?.place === 'worker' ? 3 : 1;
      },
      startT: () => (this.recorder.count ? this.recorder.lastT + 0.001 : 0),
      detect: async (t, capturedAt) => {
        if (!live() || this.status !== 'running') return;
        const { input, size } = this.sample();
        let result;
        try {
          result = await session.estimate(input, size, t);
        } catch (e) {
          if (live()) this.fail(detectionProblem(e));
          return;
        }
        if (!live() || !result.frame) return;
        this.detectorMs = result.ms;
        this.steps = session.handle?.steps ?? null;
        this.emit(result.frame);
        this.latencyMs = performance.now() - capturedAt;
        // Checked on every frame, so the common case (fast enough) stays synchronous and allocation-free.
        const lighter = source.kind === 'camera' ? lighterVariantIfSlow(this.variant, this.stats.recentFps) : null;
        if (lighter) void this.lowerVariant(lighter, source, live);
      },
      pose: (frame) => live() && this.emit(frame),
      progress: (fraction) => live() && (this.analysisProgress = fraction),
      end: () => live() && this.end(),
      fail: (problem) => live() && this.fail(problem),
    };
  }

  private async lowerVariant(lighter: ModelVariant, source: FrameSource, live: () => boolean): Promise<void> {
    this.autoLowered = `Model lowered from ${this.variant} to ${lighter}: frames stayed under 10 per second.`;
    this.variant = lighter;
    this.stats.restart();
    source.pause();
    try {
      await this.session.load(this.runtime!, lighter, this.hooks(live));
    } catch (e) {
      if (live()) this.fail(startProblem(e));
      return;
    }
    if (!live()) return;
    this.showDetector();
    this.status = 'running';
    source.run();
  }

  private stopSource(): void {
    const source = this.current;
    this.current = null;
    source?.stop();
    this.analysisProgress = null;
  }

  private fail(problem: SourceProblem): void {
    this.stopSource();
    this.problem = problem;
    this.status = 'error';
  }

  private end(): void {
    this.stopSource();
    this.status = 'ended';
    this.endListeners.call();
  }

  /** Records a frame and hands it on. Frames out of time order are dropped, keeping the track valid. */
  private emit(frame: PoseFrame): void {
    if (!this.recorder.record(frame)) return;
    this.frameCount = this.recorder.count;
    this.lastFrame = frame;
    this.stats.frame(performance.now());
    this.fps = this.stats.fps;
    const notice = this.presence.notice(frame, this.notice);
    if (notice !== this.notice) this.notice = notice;
    const started = performance.now();
    this.frameListeners.call(frame);
    this.stats.own(performance.now() - started);
    this.ownMs = this.stats.ownMs;
  }
}
