/**
 * A video file, timed by its own media time, in one of two modes:
 * - realtime: plays like a camera; frames the detector has no time for are skipped;
 * - every-frame: every decoded frame goes to the detector, however slow it is (review analysis).
 */
import { videoProblem } from '../source-errors';
import { startVideoFrameLoop, type FrameLoop } from '../video-frame-loop';
import { SourceError, type FrameSink, type FrameSource, type SourceInfo } from './frame-source';
import { playVideo } from './video-element';

export type VideoMode = 'realtime' | 'every-frame';

export interface VideoOptions {
  mode?: VideoMode;
  /** Caps every-frame analysis (default: every frame the file has). */
  fps?: number;
}

function loadVideo(video: HTMLVideoElement, url: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
}

export class VideoSource implements FrameSource {
  readonly kind = 'video';
  readonly mirrored = false;
  readonly needsDetector = true;
  private readonly mode: VideoMode;
  private loop: FrameLoop | null = null;
  private sink: FrameSink | null = null;
  /** The opened file's blob URL, released when the source stops. */
  private objectUrl: string | null = null;
  private lastTaken = -Infinity;
  private ended = false;
  /** Frames handed to the detector since the file was opened. */
  private framesTaken = 0;
  /** Detections not yet finished; the source ends only after them, so the last frames are kept. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly file: File | string,
    private readonly options: VideoOptions = {},
  ) {
    this.mode = options.mode ?? 'realtime';
  }

  async open(sink: FrameSink): Promise<SourceInfo> {
    this.sink = sink;
    const video = this.video;
    video.srcObject = null;
    video.loop = false;
    video.playbackRate = 1;
    this.objectUrl = typeof this.file === 'string' ? null : URL.createObjectURL(this.file);
    try {
      await loadVideo(video, this.objectUrl ?? (this.file as string));
    } catch (e) {
      throw new SourceError(videoProblem((e as Error).message));
    }
    if (!video.videoWidth) throw new SourceError(videoProblem('it has no video track'));
    this.ended = false;
    video.onended = () => void this.finish();
    const name = typeof this.file === 'string' ? this.file.split('/').pop()! : this.file.name;
    return { name, width: video.videoWidth, height: video.videoHeight };
  }

  run(): void {
    this.loop?.stop();
    if (this.mode === 'every-frame') return this.analyseEveryFrame();
    const sink = this.sink!;
    this.loop = startVideoFrameLoop(this.video, (info) => this.detect(info.mediaTime, info.capturedAt), sink.maxInFlight);
    this.play(playVideo(this.video));
  }

  private detect(t: number, capturedAt: number): Promise<void> {
    this.framesTaken++;
    const detection = this.sink!.detect(t, capturedAt);
    this.pending.add(detection);
    const done = () => void this.pending.delete(detection);
    detection.then(done, done);
    return detection;
  }

  /** A play() cut short because the file already ended (a one-frame video) is not a failure. */
  private play(playing: Promise<void>): void {
    playing.catch((e) => {
      if (!this.video.ended) this.sink?.fail(videoProblem((e as Error).message));
    });
  }

  /**
   * A very short file can end before the browser presents a frame to the frame loop; its one
   * decoded picture is still on the element, so it is analysed before the source ends. Frames
   * still being detected at the end are waited for.
   */
  private async finish(): Promise<void> {
    if (!this.sink || this.ended) return;
    if (this.framesTaken === 0) void this.detect(this.video.currentTime, performance.now());
    await Promise.allSettled([...this.pending]);
    this.end();
  }

  /**
   * The video is paused on each new frame while the detector works and played on to the next one
   * afterwards (seeking instead would decode from the last keyframe every time, many times slower).
   */
  private analyseEveryFrame(): void {
    const video = this.video;
    const sink = this.sink!;
    const minGap = this.options.fps ? 1 / this.options.fps - 1e-3 : 0;
    // Slow playback leaves the compositor time to present each frame between play() and the next
    // pause; at full speed one frame in ten slipped past.
    video.playbackRate = 0.5;
    this.loop = startVideoFrameLoop(video, async (info) => {
      if (info.mediaTime - this.lastTaken < minGap) return;
      this.lastTaken = info.mediaTime;
      video.pause();
      await this.detect(info.mediaTime, info.capturedAt);
      sink.progress(video.duration ? Math.min(1, info.mediaTime / video.duration) : null);
      if (!this.loop) return;
      // Paused on its last frame, the video is at its end without playing into it, and a paused
      // video fires no 'ended': the set would wait at 100% for ever.
      if (video.ended) return this.end();
      // Not awaited: the loop must be free again before the next frame is presented.
      void video.play().catch(() => undefined);
    });
    this.play(video.play());
  }

  /** The file is over, said once whichever way it was noticed. */
  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.sink?.end();
  }

  pause(): void {
    this.loop?.stop();
    this.loop = null;
    this.video.pause();
  }

  stop(): void {
    this.pause();
    this.video.onended = null;
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
  }
}
