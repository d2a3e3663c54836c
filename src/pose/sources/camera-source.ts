/** The laptop camera: opened into the page's video element, timed by capture time, shown mirrored. */
import { openCamera } from '../camera';
import { cameraProblem, CAMERA_LOST } from '../source-errors';
import { startVideoFrameLoop, type FrameLoop } from '../video-frame-loop';
import { SourceError, type FrameSink, type FrameSource, type SourceInfo } from './frame-source';
import { playVideo } from './video-element';

export class CameraSource implements FrameSource {
  readonly kind = 'camera';
  readonly mirrored = true;
  readonly needsDetector = true;
  private stream: MediaStream | null = null;
  private loop: FrameLoop | null = null;
  private sink: FrameSink | null = null;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly deviceId?: string,
  ) {}

  async open(sink: FrameSink): Promise<SourceInfo> {
    this.sink = sink;
    let stream: MediaStream;
    try {
      stream = await openCamera(this.deviceId);
    } catch (e) {
      throw new SourceError(cameraProblem(e));
    }
    this.stream = stream;
    const track = stream.getVideoTracks()[0];
    track?.addEventListener('ended', () => {
      if (this.stream === stream) sink.fail(CAMERA_LOST);
    });
    this.video.srcObject = stream;
    this.video.removeAttribute('src');
    try {
      await playVideo(this.video);
    } catch (e) {
      throw new SourceError(cameraProblem(e));
    }
    return { name: track?.label || 'camera', width: this.video.videoWidth, height: this.video.videoHeight };
  }

  /** Camera time continues the recording: the first frame of each run comes just after the last one kept. */
  run(): void {
    const sink = this.sink!;
    const base = sink.startT();
    let startedAt = -1;
    this.loop?.stop();
    this.loop = startVideoFrameLoop(
      this.video,
      (info) => {
        if (startedAt < 0) startedAt = info.capturedAt;
        return sink.detect(base + (info.capturedAt - startedAt) / 1000, info.capturedAt);
      },
      sink.maxInFlight,
    );
  }

  pause(): void {
    this.loop?.stop();
    this.loop = null;
  }

  stop(): void {
    this.pause();
    const stream = this.stream;
    this.stream = null;
    stream?.getTracks().forEach((t) => t.stop());
    this.video.pause();
  }
}
