/**
 * The live workout as reactive state: PoseStream frames -> SessionCore (set-up check, countdown,
 * engine, sets) -> what the live view shows, plus spoken cues and the rest timer between sets.
 * The logic lives in SessionCore; this only wires it to the stream, the speaker and the clock.
 */
import type { PoseFrame } from '../track/track';
import { SessionCore, type SessionOptions, type SessionPhase, type SessionView, type SpeechRequest } from './session-core';

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

export interface LiveSessionOptions extends SessionOptions {
  restSeconds: number;
  /** Told of every phase change (a set ended, the next one begins): saving, camera on and off. */
  onPhaseChange?: (from: SessionPhase, to: SessionPhase) => void;
}

export class LiveSession {
  readonly core: SessionCore;
  view = $state.raw<SessionView>(null as unknown as SessionView);
  paused = $state(false);
  sourceEnded = $state(false);
  restLeft = $state(0);
  /** Bumped whenever a set is recorded or closed, for screens that read `core.sets`. */
  version = $state(0);
  private unsubscribe: (() => void)[] = [];
  private restTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly source: FrameSource,
    private readonly speaker: SpeechSink,
    private readonly options: LiveSessionOptions,
  ) {
    this.core = new SessionCore(options);
    this.view = this.core.current();
  }

  attach(): void {
    this.unsubscribe.push(
      this.source.onFrame((frame) => this.onFrame(frame)),
      this.source.onEnd(() => this.onEnd()),
    );
  }

  detach(): void {
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    this.clearRest();
    this.speaker.silence();
  }

  togglePause(): void {
    const phase = this.view.phase;
    if (phase === 'finished') return;
    if (this.paused) {
      this.paused = false;
      this.source.resume();
    } else {
      this.paused = true;
      this.source.pause();
      this.speaker.silence();
    }
  }

  /** Ends the workout now, keeping what was recorded. */
  stop(): void {
    const before = this.view.phase;
    this.paused = false;
    this.clearRest();
    this.apply(this.core.stop().speech);
    this.source.stop();
    this.version++;
    this.phaseChanged(before);
  }

  skipRest(): void {
    const before = this.view.phase;
    this.clearRest();
    this.core.startNextSet();
    this.view = this.core.current();
    this.speaker.say(`Set ${this.view.set}. Get into position`, 'info');
    this.phaseChanged(before);
  }

  private onFrame(frame: PoseFrame): void {
    const before = this.view.phase;
    const r = this.core.push(frame);
    this.view = this.core.current();
    this.apply(r.speech);
    if (before !== this.view.phase) {
      this.version++;
      if (this.view.phase === 'rest') this.startRest();
      this.phaseChanged(before);
    }
  }

  private onEnd(): void {
    const before = this.view.phase;
    this.sourceEnded = true;
    this.apply(this.core.end().speech);
    this.view = this.core.current();
    this.clearRest();
    this.version++;
    this.phaseChanged(before);
  }

  private phaseChanged(from: SessionPhase): void {
    if (from !== this.view.phase) this.options.onPhaseChange?.(from, this.view.phase);
  }

  private apply(speech: SpeechRequest[]): void {
    for (const s of speech) this.speaker.say(s.text, s.kind);
    this.view = this.core.current();
  }

  private startRest(): void {
    this.clearRest();
    this.restLeft = this.options.restSeconds;
    this.restTimer = setInterval(() => {
      if (this.paused) return;
      this.restLeft -= 1;
      if (this.restLeft === 3) this.speaker.say('Next set in 3', 'info');
      if (this.restLeft <= 0) this.skipRest();
    }, 1000);
  }

  private clearRest(): void {
    if (this.restTimer) clearInterval(this.restTimer);
    this.restTimer = null;
  }
}
