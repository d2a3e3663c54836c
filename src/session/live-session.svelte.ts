/**
 * The live workout as reactive state: PoseStream frames -> SessionCore (set-up check, countdown,
 * engine, sets, rest) -> what the live view shows, plus spoken cues. The logic lives in
 * SessionCore; this only wires it to the stream and the speaker.
 */
import type { PoseFrame } from '../track/track';
import { SessionCore, type SessionOptions, type SessionPhase, type SessionView, type SetRecord, type SpeechRequest } from './session-core';

/** The part of PoseStream a session uses. */
export interface FrameSource {
  onFrame(listener: (frame: PoseFrame) => void): () => void;
  onEnd(listener: () => void): () => void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export interface SpeechSink {
  say(text: string, kind: SpeechRequest['kind']): void;
  silence(): void;
}

export class LiveSession {
  readonly core: SessionCore;
  view: SessionView;
  paused = $state(false);
  sourceEnded = $state(false);
  private unsubscribe: (() => void)[] = [];

  constructor(
    private readonly source: FrameSource,
    private readonly speaker: SpeechSink,
    options: SessionOptions,
    /** Told of every phase change (a set ended, the next one begins): saving, camera off and on. */
    private readonly onPhaseChange?: (from: SessionPhase, to: SessionPhase) => void,
  ) {
    this.core = new SessionCore(options);
    this.view = $state.raw(this.core.current());
  }

  /** Goes on with a workout recorded before a reload; the screen shows its set and reps at once. */
  restore(sets: readonly SetRecord[]): void {
    this.core.restore(sets);
    this.view = this.core.current();
  }

  attach(): void {
    this.unsubscribe.push(
      this.source.onFrame((frame) => this.apply(this.core.push(frame).speech)),
      this.source.onEnd(() => this.onEnd()),
    );
  }

  detach(): void {
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    this.speaker.silence();
  }

  togglePause(): void {
    if (this.view.phase === 'finished') return;
    if (this.paused) {
      this.paused = false;
      this.core.resumed();
      this.source.resume();
    } else {
      this.paused = true;
      this.source.pause();
      this.speaker.silence();
    }
  }

  /** Ends the workout now, keeping what was recorded. */
  stop(): void {
    this.paused = false;
    this.apply(this.core.stop().speech);
    this.source.stop();
  }

  skipRest(): void {
    this.apply(this.core.startNextSet().speech);
  }

  private onEnd(): void {
    this.sourceEnded = true;
    this.apply(this.core.end().speech);
  }

  private apply(speech: SpeechRequest[]): void {
    const from = this.view.phase;
    for (const s of speech) this.speaker.say(s.text, s.kind);
    this.view = this.core.current();
    if (from !== this.view.phase) this.onPhaseChange?.(from, this.view.phase);
  }
}
