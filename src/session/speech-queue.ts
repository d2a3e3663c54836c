/**
 * What to say next, as pure logic (no Web Speech here, so it can be tested with a fake clock):
 * - one utterance at a time: `next()` hands out nothing while one is being spoken;
 * - priority: counts (and hold counts) beat form cues, which beat information;
 * - a newer count replaces a waiting older one ("3" makes "2" pointless);
 * - the same cue is not repeated within `repeatCooldown`, and cues keep `cueGap` between them;
 * - waiting items go stale (a cue said 4 s late is about a movement already gone);
 * - muted: nothing is queued and the queue is emptied.
 */
export type SpeechKind = 'count' | 'cue' | 'info';

export interface SpeechItem {
  text: string;
  kind: SpeechKind;
  /** When it was requested (seconds, any monotonic clock). */
  at: number;
}

export interface SpeechQueueOptions {
  /** Seconds before the same cue text may be said again. */
  repeatCooldown: number;
  /** Seconds between the end of one cue and the start of the next cue. */
  cueGap: number;
  /** Seconds after which a waiting item is dropped, per kind. */
  staleAfter: Record<SpeechKind, number>;
}

export const DEFAULT_SPEECH_OPTIONS: SpeechQueueOptions = {
  repeatCooldown: 8,
  cueGap: 3,
  staleAfter: { count: 3, cue: 3, info: 10 },
};

const PRIORITY: Record<SpeechKind, number> = { count: 3, cue: 2, info: 1 };

export class SpeechQueue {
  private waiting: SpeechItem[] = [];
  private speaking: SpeechItem | null = null;
  private lastSaid = new Map<string, number>();
  private lastCueEnd = -Infinity;
  private _muted = false;
  readonly options: SpeechQueueOptions;

  constructor(options: Partial<SpeechQueueOptions> = {}) {
    this.options = { ...DEFAULT_SPEECH_OPTIONS, ...options };
  }

  get muted(): boolean {
    return this._muted;
  }

  setMuted(muted: boolean): void {
    this._muted = muted;
    if (muted) this.waiting = [];
  }

  get busy(): boolean {
    return this.speaking !== null;
  }

  get pending(): readonly SpeechItem[] {
    return this.waiting;
  }

  /** Asks for something to be said. Returns false when it was dropped at once. */
  request(text: string, kind: SpeechKind, now: number): boolean {
    const clean = text.trim();
    if (this._muted || !clean) return false;
    if (kind === 'cue') {
      const last = this.lastSaid.get(clean);
      if (last !== undefined && now - last < this.options.repeatCooldown) return false;
      if (this.speaking?.text === clean || this.waiting.some((w) => w.text === clean)) return false;
      // Only the newest cue matters.
      this.waiting = this.waiting.filter((w) => w.kind !== 'cue');
    }
    if (kind === 'count') this.waiting = this.waiting.filter((w) => w.kind !== 'count');
    this.waiting.push({ text: clean, kind, at: now });
    return true;
  }

  /** The next item to speak now, or null (busy, nothing due, or a cue still in its gap). */
  next(now: number): SpeechItem | null {
    if (this.speaking || this._muted) return null;
    this.waiting = this.waiting.filter((w) => now - w.at <= this.options.staleAfter[w.kind]);
    const ready = this.waiting.filter((w) => w.kind !== 'cue' || now - this.lastCueEnd >= this.options.cueGap);
    if (ready.length === 0) return null;
    // Highest priority first, then oldest.
    ready.sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind] || a.at - b.at);
    const item = ready[0];
    this.waiting = this.waiting.filter((w) => w !== item);
    this.speaking = item;
    this.lastSaid.set(item.text, now);
    return item;
  }

  /** The current utterance has ended (or failed). */
  done(now: number): void {
    if (this.speaking?.kind === 'cue') this.lastCueEnd = now;
    this.speaking = null;
  }

  clear(): void {
    this.waiting = [];
  }
}
