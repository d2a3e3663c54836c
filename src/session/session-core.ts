/**
 * One workout of one exercise as plain logic: set-up check -> countdown -> counting -> rest ->
 * next set ... -> finished. It takes PoseFrames in order (from the camera, a video or a track),
 * feeds the counting ones to the exercise engine, records them, and says what the screens show
 * and what should be spoken. No DOM, no Svelte: the live view wraps it (live-session.svelte.ts)
 * and the unit tests drive it with fake frames and a fake engine.
 */
import type { EngineEvent, EngineSnapshot, FaultEvent, FramingStatus } from '../engine/events';
import type { PoseFrame } from '../track/track';
import type { SpeechKind } from './speech-queue';

/** The part of the exercise engine the session uses (src/engine/index.ts createExerciseEngine). */
export interface EngineLike {
  push(frame: PoseFrame): EngineEvent[];
  snapshot(): EngineSnapshot;
  finish(): EngineEvent[];
}

export interface SetupProblem {
  id: string;
  message: string;
  landmarks: number[];
}

export interface SetupResult {
  ok: boolean;
  problems: SetupProblem[];
}

export type SessionPhase = 'setup' | 'countdown' | 'counting' | 'rest' | 'finished';

export interface SessionOptions {
  createEngine: () => EngineLike;
  checkSetup: (frame: PoseFrame) => SetupResult;
  kind: 'reps' | 'hold';
  sets: number;
  /** Reps (or lifts into the hold) per set. */
  targetReps: number;
  /** End a set when the target is reached (camera); otherwise the source's end ends it. */
  stopAtTarget: boolean;
  /** Seconds the view must stay right before the countdown starts. */
  settleSeconds: number;
  /** Countdown length in seconds; 0 starts counting on the first right frame. */
  countdownSeconds: number;
  /** Seconds a fault's cue stays on screen after the fault ends. */
  cueLingerSeconds?: number;
}

export interface MetricPoint {
  t: number;
  metric: number | null;
  signal: number | null;
}

export interface SetRecord {
  set: number;
  /** Source time of the first counted frame; recorded frames and events are relative to it. */
  t0: number;
  frames: PoseFrame[];
  events: EngineEvent[];
  series: MetricPoint[];
  /** How the set ended. */
  ended: 'target' | 'source' | 'stopped' | null;
}

export interface HoldView {
  seconds: number;
  target: number;
  holding: boolean;
  /** The last hold reached its target and no new one has started. */
  done: boolean;
}

export interface SessionView {
  phase: SessionPhase;
  set: number;
  sets: number;
  reps: number;
  targetReps: number;
  hold: HoldView | null;
  /** The cue to show now ('' for none). */
  cue: string;
  /** Rule id of that cue, when it comes from a fault. */
  cueRule: string | null;
  /** Landmarks to draw in the warning colour. */
  highlight: number[];
  framing: FramingStatus;
  /** Plain words about the view: set-up problem, tracking lost, or that all is well. */
  framingMessage: string;
  setupProblems: SetupProblem[];
  /** Whole seconds left in the countdown (phase 'countdown'). */
  countdown: number;
  trackingLost: boolean;
  /** Source time of the last frame. */
  t: number;
}

export interface SpeechRequest {
  text: string;
  kind: SpeechKind;
}

export interface PushResult {
  events: EngineEvent[];
  speech: SpeechRequest[];
}

const IN_VIEW = 'Body in view';

export class SessionCore {
  readonly sets: SetRecord[] = [];
  private engine: EngineLike | null = null;
  private okSince: number | null = null;
  private countdownEnd = 0;
  private lastCountdownSaid = -1;
  private lastFault: { cue: string; rule: string; landmarks: number[]; t: number } | null = null;
  private lastFramingMessage = '';
  private viewMessage = '';
  private holdSaid = new Set<string>();
  private holdArmed = true;
  private readonly view: SessionView;
  private readonly linger: number;

  constructor(readonly options: SessionOptions) {
    this.linger = options.cueLingerSeconds ?? 3;
    this.view = {
      phase: 'setup',
      set: 1,
      sets: options.sets,
      reps: 0,
      targetReps: options.targetReps,
      hold: null,
      cue: '',
      cueRule: null,
      highlight: [],
      framing: 'no-person',
      framingMessage: 'Looking for you…',
      setupProblems: [],
      countdown: 0,
      trackingLost: false,
      t: 0,
    };
  }

  /** A copy of what the screens show now. */
  current(): SessionView {
    return { ...this.view, hold: this.view.hold ? { ...this.view.hold } : null, highlight: [...this.view.highlight] };
  }

  get currentSet(): SetRecord | null {
    return this.sets.length ? this.sets[this.sets.length - 1] : null;
  }

  push(frame: PoseFrame): PushResult {
    const out: PushResult = { events: [], speech: [] };
    const v = this.view;
    v.t = frame.t;
    switch (v.phase) {
      case 'setup':
      case 'countdown':
        this.setupStep(frame, out);
        break;
      case 'counting':
        this.countStep(frame, out);
        break;
      default:
        // Rest and finished: frames keep the picture alive but count nothing.
        break;
    }
    return out;
  }

  /** The source ended (track or video over, camera stopped). */
  end(): PushResult {
    const out: PushResult = { events: [], speech: [] };
    if (this.view.phase === 'counting') this.closeSet('source', out);
    this.view.phase = 'finished';
    return out;
  }

  /** The user stopped the workout. */
  stop(): PushResult {
    const out: PushResult = { events: [], speech: [] };
    if (this.view.phase === 'counting') this.closeSet('stopped', out);
    this.view.phase = 'finished';
    return out;
  }

  /** After the rest: back to the set-up check for the next set. */
  startNextSet(): void {
    if (this.view.phase !== 'rest') return;
    this.view.set += 1;
    this.view.phase = 'setup';
    this.okSince = null;
    this.resetSetView();
  }

  private resetSetView(): void {
    const v = this.view;
    v.reps = 0;
    v.hold = null;
    v.cue = '';
    v.cueRule = null;
    v.highlight = [];
    v.trackingLost = false;
    this.lastFault = null;
    this.holdSaid.clear();
    this.holdArmed = true;
  }

  private setupStep(frame: PoseFrame, out: PushResult): void {
    const v = this.view;
    const r = this.options.checkSetup(frame);
    v.setupProblems = r.problems;
    v.highlight = [...new Set(r.problems.flatMap((p) => p.landmarks))];
    if (!r.ok) {
      this.okSince = null;
      v.framing = frame.keypoints ? 'landmarks-hidden' : 'no-person';
      v.framingMessage = r.problems[0]?.message ?? 'Looking for you…';
      if (v.phase === 'countdown') v.phase = 'setup';
      v.countdown = 0;
      return;
    }
    v.framing = 'ok';
    v.framingMessage = IN_VIEW;
    if (this.okSince === null) this.okSince = frame.t;
    if (v.phase === 'setup') {
      if (frame.t - this.okSince < this.options.settleSeconds) return;
      if (this.options.countdownSeconds > 0) {
        v.phase = 'countdown';
        this.countdownEnd = frame.t + this.options.countdownSeconds;
        this.lastCountdownSaid = -1;
      } else {
        this.startCounting(frame, out);
        return;
      }
    }
    // Countdown.
    const left = Math.ceil(this.countdownEnd - frame.t - 1e-9);
    if (left <= 0) {
      v.countdown = 0;
      out.speech.push({ text: 'Go', kind: 'count' });
      this.startCounting(frame, out);
      return;
    }
    v.countdown = left;
    if (left !== this.lastCountdownSaid) {
      this.lastCountdownSaid = left;
      out.speech.push({ text: String(left), kind: 'count' });
    }
  }

  private startCounting(frame: PoseFrame, out: PushResult): void {
    this.view.phase = 'counting';
    this.view.highlight = [];
    this.view.setupProblems = [];
    this.engine = this.options.createEngine();
    this.sets.push({ set: this.view.set, t0: frame.t, frames: [], events: [], series: [], ended: null });
    this.countStep(frame, out);
  }

  private countStep(frame: PoseFrame, out: PushResult): void {
    const set = this.currentSet;
    if (!set || !this.engine) return;
    const rel: PoseFrame = { ...frame, t: frame.t - set.t0 };
    set.frames.push(rel);
    const events = this.engine.push(rel);
    this.absorb(events, set, out);
    const snap = this.engine.snapshot();
    set.series.push({ t: rel.t, metric: snap.metric, signal: snap.signal });
    this.applySnapshot(snap, rel.t, out);
    if (this.options.stopAtTarget && this.targetReached(snap)) this.closeSet('target', out);
  }

  private targetReached(snap: EngineSnapshot): boolean {
    if (snap.reps < this.options.targetReps) return false;
    // A hold exercise's last lift ends when that hold has completed.
    return this.options.kind === 'reps' || !snap.holding;
  }

  private absorb(events: EngineEvent[], set: SetRecord, out: PushResult): void {
    const v = this.view;
    for (const e of events) {
      set.events.push(e);
      out.events.push(e);
      switch (e.type) {
        case 'rep':
          v.reps = Math.max(v.reps, e.index);
          if (this.options.kind === 'reps') out.speech.push({ text: String(e.index), kind: 'count' });
          break;
        case 'hold-progress': {
          const prev = v.hold;
          // After a completed hold, the next hold starts once the pose was left (or the time restarts).
          if (!this.holdArmed && (!e.holding || (prev !== null && e.seconds < prev.seconds - 0.5))) {
            this.holdArmed = true;
            this.holdSaid.clear();
          }
          const fresh = prev?.done && e.holding && e.seconds < prev.seconds - 0.5;
          if (this.holdArmed && e.holding) {
            if (!this.holdSaid.has('start')) {
              this.holdSaid.add('start');
              out.speech.push({ text: 'Hold', kind: 'count' });
            }
            const left = Math.ceil(e.target - e.seconds);
            if (left >= 1 && left <= 3 && !this.holdSaid.has(`left${left}`)) {
              this.holdSaid.add(`left${left}`);
              out.speech.push({ text: String(left), kind: 'count' });
            }
            if (e.seconds >= e.target && !this.holdSaid.has('done')) {
              this.holdSaid.add('done');
              out.speech.push({ text: 'Done', kind: 'count' });
            }
          }
          // Keep showing a finished hold until a new one starts.
          if (!prev?.done || fresh) {
            v.hold = { seconds: e.seconds, target: e.target, holding: e.holding, done: prev?.done && !fresh ? true : false };
          }
          break;
        }
        case 'hold-complete':
          v.hold = { seconds: e.seconds, target: e.target, holding: false, done: e.reached };
          if (!e.reached) out.speech.push({ text: 'Rest', kind: 'count' });
          else if (!this.holdSaid.has('done')) out.speech.push({ text: 'Done', kind: 'count' });
          this.holdArmed = false;
          break;
        case 'fault':
          this.lastFault = { cue: e.cue, rule: e.rule, landmarks: e.landmarks, t: e.t };
          out.speech.push({ text: e.cue, kind: 'cue' });
          break;
        case 'framing':
          this.lastFramingMessage = e.message;
          break;
        case 'view':
          // Where the camera stands (or that it moved): said once, shown until it changes.
          this.viewMessage = e.problem ? e.message : '';
          if (e.problem) out.speech.push({ text: e.message, kind: 'info' });
          break;
      }
    }
  }

  private applySnapshot(snap: EngineSnapshot, t: number, out: PushResult): void {
    const v = this.view;
    v.reps = Math.max(v.reps, snap.reps);
    if (this.options.kind === 'hold' && snap.holdTarget !== null && !v.hold) {
      v.hold = { seconds: snap.holdSeconds, target: snap.holdTarget, holding: snap.holding, done: false };
    }
    const wasLost = v.trackingLost;
    v.framing = snap.framing;
    v.trackingLost = snap.framing !== 'ok';
    if (v.trackingLost) {
      v.framingMessage = `Tracking lost: ${this.lastFramingMessage || 'step back into view'}. Count paused.`;
      if (!wasLost) out.speech.push({ text: 'Tracking lost', kind: 'info' });
    } else {
      v.framingMessage = this.viewMessage || IN_VIEW;
    }
    const active = snap.activeFaults[0];
    if (active) {
      v.cue = active.cue;
      v.cueRule = active.rule;
      v.highlight = [...new Set(snap.activeFaults.flatMap((f) => f.landmarks))];
      this.lastFault = { cue: active.cue, rule: active.rule, landmarks: active.landmarks, t };
    } else if (this.lastFault && t - this.lastFault.t <= this.linger) {
      v.cue = this.lastFault.cue;
      v.cueRule = this.lastFault.rule;
      v.highlight = [...this.lastFault.landmarks];
    } else {
      v.cueRule = null;
      v.highlight = [];
      v.cue = v.trackingLost ? 'Come back into view' : this.neutralCue(snap);
    }
  }

  private neutralCue(snap: EngineSnapshot): string {
    if (this.options.kind === 'hold') {
      if (snap.holding) return 'Hold';
      if (this.view.hold?.done) return 'Good. Lower and rest';
      return 'Lift into the hold';
    }
    return 'Good form';
  }

  private closeSet(reason: 'target' | 'source' | 'stopped', out: PushResult): void {
    const set = this.currentSet;
    if (set && this.engine) {
      this.absorb(this.engine.finish(), set, out);
      const snap = this.engine.snapshot();
      this.view.reps = Math.max(this.view.reps, snap.reps);
      set.ended = reason;
    }
    this.engine = null;
    const v = this.view;
    v.cue = reason === 'stopped' ? 'Stopped' : v.set < v.sets && reason === 'target' ? 'Set done. Rest' : 'Well done';
    v.cueRule = null;
    v.highlight = [];
    if (reason === 'target' && v.set < v.sets) {
      v.phase = 'rest';
      out.speech.push({ text: `Set ${v.set} done. Rest`, kind: 'info' });
    } else {
      v.phase = 'finished';
      out.speech.push({ text: reason === 'stopped' ? 'Stopped' : 'Well done', kind: 'info' });
    }
  }
}

export type { FaultEvent };
