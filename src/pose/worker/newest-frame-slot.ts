/**
 * "Newest frame only, never a queue" where the frames arrive: the worker works on one frame and keeps
 * at most one waiting; a newer arrival replaces the waiting one, which is handed back to be released.
 */
export class NewestFrameSlot<T> {
  private waiting: T | null = null;
  private busy = false;

  /** Offers a frame: 'run' it now, or it waits; returns the frame it replaced, if any. */
  offer(frame: T): { run: T | null; replaced: T | null } {
    if (!this.busy) {
      this.busy = true;
      return { run: frame, replaced: null };
    }
    const replaced = this.waiting;
    this.waiting = frame;
    return { run: null, replaced };
  }

  /** The current frame is done: the waiting one to run next, or null (then idle). */
  done(): T | null {
    const next = this.waiting;
    this.waiting = null;
    this.busy = next !== null;
    return next;
  }
}
