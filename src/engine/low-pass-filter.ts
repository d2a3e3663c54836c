/**
 * First-order low-pass (exponential) filter, the building block of the One Euro filter. `alpha` is
 * given per sample because the One Euro filter derives it from the time since the last sample.
 */
export class LowPassFilter {
  private last = 0;
  private initialized = false;

  apply(value: number, alpha: number): number {
    this.last = this.initialized ? alpha * value + (1 - alpha) * this.last : value;
    this.initialized = true;
    return this.last;
  }

  lastValue(): number {
    return this.last;
  }

  isInitialized(): boolean {
    return this.initialized;
  }

  reset(): void {
    this.initialized = false;
  }
}

/** Smoothing factor of a low-pass filter with the given cut-off for a sample `dt` seconds after the last. */
export function lowPassAlpha(cutoffHz: number, dt: number): number {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dt);
}
