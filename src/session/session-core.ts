/**
 * One workout of one exercise as plain logic: set-up check -> countdown -> counting -> rest ->
 * next set ... -> finished. It takes PoseFrames in order (from the camera, a video or a track),
 * feeds the counting ones to the exercise engine, records them, and says what the screens show
 * and what should be spoken (the words of a hold: hold-announcer.ts; the cue: cue-selector.ts).
 * Every countdown, the rest between sets included, runs on the frames' own time. No DOM, no
 * Svelte: the live view wraps it (live-session.svelte.ts) and the unit tests drive it with fake
 * frames and a fake engine.
 */
import type { EngineEvent, EngineSnapshot } from '../engine/events';
import type { PoseFrame } from '../track/track';
import { CueSelector, neutralCue } from './cue-selector';
import { HoldAnnouncer, startsNewHold } from './hold-announcer';
import { continueSet, repsIn } from './resume-set';
import type { EngineLike, PushResult, SessionOptions, SessionView, SetEnd, SetRecord } from './session-types';

export type * from './session-types';

const IN_VIEW = 'Body in view';
/** Set-up problems shorter than this do not restart the set-up check (the engine rides out the same gaps). */
const SETUP_SLIP_SECONDS = 0.5;

export class SessionCore {
  readonly sets: SetRecord[] = [];
  private engine: EngineLike | null = null;
  private okSince: number | null = null;
  private failingSince: number | null = null;
  private countdownEnd = 0;
  private lastCountdownSaid = -1;
  private restEnd = 0;
  /** Set by resumed(): the next frame's gap to the last was paused time. */
  private pausedGap = false;
  private lastFramingMessage = '';
  private viewMessage = '';
  private readonly announcer = new HoldAnnouncer();
  private readonly cues: CueSelector;
  private readonly view: SessionView;
  /** An unfinished set restored after a reload: counting goes on in it. */
  private carried: SetRecord | null = null;

  constructor(readonly options: SessionOptions) {
    this.cues = new CueSelector(options.cueLingerSeconds ?? 3);
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
      restLeft: 0,
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
    // Time spent paused does not use up the rest.
    if (this.pausedGap) this.restEnd += Math.max(0, frame.t - v.t);
    this.pausedGap = false;
    v.t = frame.t;
    switch (v.phase) {
      case 'setup':
      case 'countdown':
        this.setupStep(frame, out);
        break;
      case 'counting':
        this.countStep(frame, out);
        break;
      case 'rest':
        this.restStep(frame.t, out);
        break;
      default:
        // Finished: frames keep the picture alive but count nothing.
        break;
    }
    return out;
  }

  /** The user resumed after a pause: a camera's clock ran on meanwhile, and the rest waits for them. */
  resumed(): void {
    this.pausedGap = true;
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

  /**
   * Goes on with a workout recorded before a reload: its sets are kept, and an unfinished last set
   * continues (same reps, same recording) once the set-up check passes again.
   */
  restore(sets: readonly SetRecord[]): void {
    const last = sets[sets.length - 1];
    if (!last || this.sets.length) return;
    this.sets.push(...sets);
    const v = this.view;
    if (last.ended === null) {
      this.carried = last;
      v.set = last.set;
      v.reps = repsIn(last.events);
    } else if (last.ended === 'target' && last.set < v.sets) {
      v.set = last.set + 1;
    } else {
      v.phase = 'finished';
    }
  }

  /** Ends the rest now (the user skipped it, or its time is up): back to the set-up check for the next set. */
  startNextSet(): PushResult {
    const out: PushResult = { events: [], speech: [] };
    if (this.view.phase !== 'rest') return out;
    this.view.set += 1;
    this.view.phase = 'setup';
    this.view.restLeft = 0;
    this.okSince = null;
    this.failingSince = null;
    this.resetSetView();
    out.speech.push({ text: `Set ${this.view.set}. Get into position`, kind: 'info' });
    return out;
  }

  private restStep(t: number, out: PushResult): void {
    const left = Math.ceil(this.restEnd - t - 1e-9);
    if (left <= 0) {
      out.speech.push(...this.startNextSet().speech);
      return;
    }
    if (left !== this.view.restLeft && left === 3) out.speech.push({ text: 'Next set in 3', kind: 'info' });
    this.view.restLeft = left;
  }

  private resetSetView(): void {
    const v = this.view;
    v.reps = 0;
    v.hold = null;
    v.cue = '';
    v.cueRule = null;
    v.highlight = [];
    v.trackingLost = false;
    this.cues.reset();
    this.announcer.reset();
  }

  private setupStep(frame: PoseFrame, out: PushResult): void {
    const v = this.view;
    const r = this.options.checkSetup(frame);
    v.setupProblems = r.problems;
    v.highlight = [...new Set(r.problems.flatMap((p) => p.landmarks))];
    if (!r.ok) {
      this.failingSince ??= frame.t;
      v.framing = frame.keypoints ? 'landmarks-hidden' : 'no-person';
      v.framingMessage = r.problems[0]?.message ?? 'Looking for you…';
      // A slip shorter than the gap the count rides out (a toe at the edge for a frame) does not stop the countdown.
      if (this.okSince !== null && frame.t - this.failingSince < SETUP_SLIP_SECONDS) return;
      this.okSince = null;
      if (v.phase === 'countdown') v.phase = 'setup';
      v.countdown = 0;
      return;
    }
    this.failingSince = null;
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
    if (this.carried) continueSet(this.engine, this.carried, frame.t);
    else this.sets.push({ set: this.view.set, t0: frame.t, frames: [], events: [], series: [], ended: null });
    this.carried = null;
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
          const shown = v.hold;
          for (const text of this.announcer.progress(e, shown?.seconds ?? null)) out.speech.push({ text, kind: 'count' });
          // Keep showing a finished hold until a new one starts.
          if (!shown?.done || startsNewHold(e, shown.seconds)) {
            v.hold = { seconds: e.seconds, target: e.target, holding: e.holding, done: false };
          }
          break;
        }
        case 'hold-complete':
          v.hold = { seconds: e.seconds, target: e.target, holding: false, done: e.reached };
          for (const text of this.announcer.complete(e)) out.speech.push({ text, kind: 'count' });
          break;
        case 'fault':
          this.cues.fault(e, e.t);
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
    const neutral = v.trackingLost ? 'Come back into view' : neutralCue(this.options.kind, snap.holding, v.hold?.done ?? false);
    const cue = this.cues.select(snap.activeFaults, t, neutral);
    v.cue = cue.text;
    v.cueRule = cue.rule;
    v.highlight = cue.highlight;
  }

  private closeSet(reason: SetEnd, out: PushResult): void {
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
      v.restLeft = this.options.restSeconds ?? 30;
      this.restEnd = v.t + v.restLeft;
      out.speech.push({ text: `Set ${v.set} done. Rest`, kind: 'info' });
    } else {
      v.phase = 'finished';
      out.speech.push({ text: reason === 'stopped' ? 'Stopped' : 'Well done', kind: 'info' });
    }
  }
}

