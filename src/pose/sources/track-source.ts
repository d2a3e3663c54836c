/** A pose track replayed at `speed` times real time: frames skip the detector. */
import type { PoseTrack } from '../../track/track';
import { playTrack, type TrackPlayback } from '../track-player';
import type { FrameSink, FrameSource, SourceInfo } from './frame-source';

export class TrackSource implements FrameSource {
  readonly kind = 'track';
  readonly mirrored = false;
  readonly needsDetector = false;
  private playback: TrackPlayback | null = null;
  private sink: FrameSink | null = null;

  constructor(
    private readonly track: PoseTrack,
    private readonly speed = 1,
    private readonly player = playTrack,
  ) {}

  async open(sink: FrameSink): Promise<SourceInfo> {
    this.sink = sink;
    const { name, width, height } = this.track.source;
    return { name, width, height };
  }

  run(): void {
    if (this.playback) return this.playback.resume();
    const sink = this.sink!;
    this.playback = this.player(this.track, this.speed, { onFrame: (f) => sink.pose(f), onEnd: () => sink.end() });
  }

  pause(): void {
    this.playback?.pause();
  }

  stop(): void {
    this.playback?.stop();
  }
}
