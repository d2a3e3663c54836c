/** "No one in view" after a while without a person; a short gap is just a missed detection. */
import type { PoseFrame } from '../track/track';

export const NO_PERSON_SECONDS = 2;
export const NO_PERSON_NOTICE = 'No one in view — step in front of the camera so your whole body shows.';

export class PresenceWatch {
  private lastPersonT = 0;

  /** Starts counting from `t` (the start of a source, or where the recording continues). */
  reset(t: number): void {
    this.lastPersonT = t;
  }

  /** The notice to show after this frame: the text, or null when someone is in view. `current` is what shows now. */
  notice(frame: PoseFrame, current: string | null): string | null {
    if (frame.keypoints) {
      this.lastPersonT = frame.t;
      return null;
    }
    return current ?? (frame.t - this.lastPersonT >= NO_PERSON_SECONDS ? NO_PERSON_NOTICE : null);
  }
}
