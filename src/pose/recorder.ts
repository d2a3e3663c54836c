/**
 * What a stream has recorded: frames in time order (out-of-order ones are dropped, keeping the
 * track valid), and the pose track they make.
 */
import { makeTrack, recordedFps, type PoseFrame, type PoseTrack, type TrackModel, type TrackSource } from '../track/track';
import { FrameStore } from './frame-store';

export class Recorder {
  readonly store = new FrameStore();

  get count(): number {
    return this.store.length;
  }

  get lastT(): number {
    return this.store.lastT();
  }

  /** False (and not kept) when the frame is not later than the last one. */
  record(frame: PoseFrame): boolean {
    if (!(frame.t > this.store.lastT())) return false;
    this.store.push(frame);
    return true;
  }

  frames(): PoseFrame[] {
    return this.store.toArray();
  }

  clear(): void {
    this.store.clear();
  }

  toTrack(source: Omit<TrackSource, 'fps'>, model: TrackModel): PoseTrack {
    const frames = this.store.toArray();
    return makeTrack({ name: source.name || 'recording', width: source.width || 1280, height: source.height || 720, fps: recordedFps(frames) }, model, frames);
  }
}
