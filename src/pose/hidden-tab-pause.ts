/**
 * A hidden tab gets no video frames and its timers are throttled, so a running stream is paused
 * while the tab is hidden and resumed when it shows again: only a pause this made, never one the
 * person chose.
 */
export interface Pausable {
  readonly status: string;
  pause(): void;
  resume(): void;
}

export class HiddenTabPause {
  private pausedByHiding = false;

  constructor(private readonly stream: Pausable) {}

  visibilityChanged(hidden: boolean): void {
    if (hidden && this.stream.status === 'running') {
      this.pausedByHiding = true;
      this.stream.pause();
    } else if (!hidden && this.pausedByHiding) {
      this.pausedByHiding = false;
      this.stream.resume();
    }
  }
}
