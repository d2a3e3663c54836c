/**
 * One workout of one exercise as plain logic: set-up check -> countdown -> counting -> rest ->
 * next set ... -> finished. It takes PoseFrames in order (camera, video or track), feeds the
 * counting ones to the exercise engine, records them (set-record.ts), and says what the screens
 * show and what should be spoken; the words and views are worked out by the small modules it
 * imports. A hold exercise counts the holds that reached their target; shorter ones are shown and
 * cued as short. Every countdown, the rest included, runs on the frames' own time. No DOM, no
 * Svelte: live-session.svelte.ts wraps it; the unit tests drive it with fake frames and engines.
 */
import type { EngineEvent, EngineSnapshot } from '../engine/events';
import type { PoseFrame } from '../track/track';
import { BreathCalls } from './breath-calls';
import { adviceCue, CueSelector, neutralCue, shortHoldCue } from './cue-selector';
import { countingMessage, setupFraming } from './framing-words';
import { HoldAnnouncer } from './hold-announcer';
import { holdAfterComplete, holdAfterProgress } from './hold-view';
import { continueSet, resumePoint } from './resume-set';
import type { EngineLike, PushResult, SessionOptions, SessionView, SetEnd, SetRecord } from './session-types';
import { ReminderSchedule } from './reminder-schedule';
import { restTick } from './rest-countdown';
import { clearSet, copyView, initialView } from './session-view';
import { setEndWords } from './set-end-words';
import { newSet, recordFrame, recordSignal } from './set-record';
import { SetupGate } from './setup-gate';
import { TrackingWatch } from './tracking-watch';

export type * from './session-types';

export class SessionCore {
  readonly sets: SetRecord[] = [];
  private engine: EngineLike | null = null;
  private restEnd = 0;
  /** Set by resumed(): the next frame's gap to the last was paused time. */
  private pausedGap = false;
  /** Rule ids broken in the set's last rep; null before its first. */
  private lastRepFaults: string[] | null = null;
  /** Where the camera stands, when that is a problem (shown in place of 'Body in view'). */
  private viewMessage = '';
  private readonly announcer = new HoldAnnouncer();
  private readonly gate: SetupGate;
  private readonly tracking = new TrackingWatch();
  private readonly cues: CueSelector;
  private readonly reminders: ReminderSchedule;
  private readonly breaths: BreathCalls | null;
  private readonly view: SessionView;
  /** An unfinished set restored after a reload: counting goes on in it. */
  private carried: SetRecord | null = null;

  constructor(readonly options: SessionOptions) {
    this.cues = new CueSelector(options.cueLingerSeconds ?? 3);
    this.reminders = new ReminderSchedule(options.reminders ?? [], options.targetReps);
    this.breaths = options.paced ? new BreathCalls() : null;
    this.gate = new SetupGate(options.settleSeconds, options.countdownSeconds);
    this.view = initialView(options);
  }

  /** A copy of what the screens show now. */
  current(): SessionView {
    return copyView(this.view);
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
    return this.finish('source');
  }

  /** The user stopped the workout. */
  stop(): PushResult {
    return this.finish('stopped');
  }

  private finish(reason: SetEnd): PushResult {
    const out: PushResult = { events: [], speech: [] };
    const phase = this.view.phase;
    if (phase === 'counting') this.closeSet(reason, out);
    else if (phase === 'setup' || phase === 'countdown') this.sayEnd(null, out);
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
    const point = resumePoint(sets, this.view.sets);
    if (point === 'finished') this.view.phase = 'finished';
    else ({ set: this.view.set, reps: this.view.reps, carried: this.carried } = point);
  }

  /** Ends the rest now (the user skipped it, or its time is up): back to the set-up check for the next set. */
  startNextSet(): PushResult {
    const out: PushResult = { events: [], speech: [] };
    if (this.view.phase !== 'rest') return out;
    Object.assign(this.view, { set: this.view.set + 1, phase: 'setup', restLeft: 0, end: null } satisfies Partial<SessionView>);
    this.resetSetView();
    out.speech.push({ text: `Set ${this.view.set}. Get into position`, kind: 'info' });
    return out;
  }

  private restStep(t: number, out: PushResult): void {
    const { left, say } = restTick(this.restEnd, t, this.view.restLeft);
    if (left <= 0) return void out.speech.push(...this.startNextSet().speech);
    if (say) out.speech.push({ text: say, kind: 'info' });
    this.view.restLeft = left;
  }

  private resetSetView(): void {
    clearSet(this.view);
    this.lastRepFaults = null;
    this.cues.reset();
    this.reminders.reset();
    this.breaths?.reset();
    this.announcer.reset();
    this.gate.reset();
    this.tracking.reset();
  }

  private setupStep(frame: PoseFrame, out: PushResult): void {
    const v = this.view;
    const { problem, ...framing } = setupFraming(this.options.checkSetup(frame), frame.keypoints !== null);
    Object.assign(v, framing);
    const step = this.gate.update(frame.t, problem);
    if (step.instruction) out.speech.push({ text: step.instruction, kind: 'info' });
    for (const text of step.counts) out.speech.push({ text, kind: 'count' });
    v.countdown = step.countdown;
    if (step.phase === 'go') this.startCounting(frame, out);
    else v.phase = step.phase;
  }

  private startCounting(frame: PoseFrame, out: PushResult): void {
    Object.assign(this.view, { phase: 'counting', highlight: [], setupProblems: [] } satisfies Partial<SessionView>);
    this.engine = this.options.createEngine();
    if (this.carried) continueSet(this.engine, this.carried, frame.t);
    else this.sets.push(newSet(this.view.set, frame.t));
    this.carried = null;
    this.countStep(frame, out);
  }

  private countStep(frame: PoseFrame, out: PushResult): void {
    const set = this.currentSet;
    if (!set || !this.engine) return;
    const rel = recordFrame(set, frame);
    this.absorb(this.engine.push(rel), set, out);
    const snap = this.engine.snapshot();
    recordSignal(set, rel.t, snap);
    this.applySnapshot(snap, rel.t, out);
    for (const text of this.reminders.update(this.view.reps)) out.speech.push({ text, kind: 'info' });
    // A hold exercise's last lift ends when that hold has completed.
    const reached = this.view.reps >= this.options.targetReps && (this.options.kind === 'reps' || !snap.holding);
    if (this.options.stopAtTarget && reached) this.closeSet('target', out);
  }

  private absorb(events: EngineEvent[], set: SetRecord, out: PushResult): void {
    const v = this.view;
    const reps = this.options.kind === 'reps';
    let short: string | null = null;
    for (const e of events) {
      set.events.push(e);
      out.events.push(e);
      switch (e.type) {
        case 'rep':
          this.lastRepFaults = e.faults;
          if (!reps) break;
          v.reps = Math.max(v.reps, e.index);
          out.speech.push({ text: String(e.index), kind: 'count' });
          break;
        case 'hold-progress':
          for (const text of this.announcer.progress(e, v.hold?.seconds ?? null)) out.speech.push({ text, kind: 'count' });
          v.hold = holdAfterProgress(v.hold, e);
          break;
        case 'hold-complete':
          v.hold = holdAfterComplete(e);
          if (e.reached) v.reps += 1;
          else {
            v.shortHolds += 1;
            short = shortHoldCue(e.seconds, e.target);
          }
          for (const text of this.announcer.complete(e)) out.speech.push({ text, kind: 'count' });
          break;
        case 'fault': {
          const cue = e.afterRep ? adviceCue(e.cue) : e.cue;
          this.cues.fault({ ...e, cue }, e.t);
          out.speech.push({ text: cue, kind: 'cue' });
          break;
        }
        case 'framing':
          this.tracking.framing(e);
          break;
        case 'view':
          // Where the camera stands (or that it moved): said once, shown until it changes.
          this.viewMessage = e.problem ? e.message : '';
          if (e.problem) out.speech.push({ text: e.message, kind: 'info' });
          break;
      }
    }
    // A short hold says so, with how long it lasted, over any advice that came with it.
    if (short) {
      this.cues.fault({ cue: short, rule: 'hold-short', landmarks: [] }, v.t);
      out.speech.push({ text: 'Hold longer', kind: 'cue' });
    }
  }

  private applySnapshot(snap: EngineSnapshot, t: number, out: PushResult): void {
    const v = this.view;
    const kind = this.options.kind;
    if (kind === 'reps') v.reps = Math.max(v.reps, snap.reps);
    if (kind === 'hold' && snap.holdTarget !== null && !v.hold) {
      v.hold = { seconds: snap.holdSeconds, target: snap.holdTarget, holding: snap.holding, done: false, short: false };
    }
    const change = this.tracking.update(snap.framing);
    if (change) out.speech.push({ text: change === 'lost' ? 'Tracking lost' : 'Tracking back', kind: 'info' });
    v.framing = snap.framing;
    v.trackingLost = this.tracking.lost;
    v.framingMessage = countingMessage(v.trackingLost ? this.tracking.what : null, this.viewMessage);
    const breath = this.breaths?.at(t);
    if (breath?.say) out.speech.push({ text: breath.say, kind: 'count' });
    const neutral = v.trackingLost
      ? 'Come back into view'
      : (breath?.shown ?? neutralCue({ kind, holding: snap.holding, holdDone: v.hold?.done ?? false, lastRepFaults: this.lastRepFaults }));
    const cue = this.cues.select(snap.activeFaults, t, neutral);
    v.cue = cue.text;
    v.cueRule = cue.rule;
    v.highlight = cue.highlight;
  }

  private closeSet(reason: SetEnd, out: PushResult): void {
    const set = this.currentSet;
    if (set && this.engine) {
      this.absorb(this.engine.finish(), set, out);
      if (this.options.kind === 'reps') this.view.reps = Math.max(this.view.reps, this.engine.snapshot().reps);
      set.ended = reason;
    }
    this.engine = null;
    const v = this.view;
    if (this.sayEnd(reason, out).rest) {
      v.phase = 'rest';
      v.restLeft = this.options.restSeconds ?? 30;
      this.restEnd = v.t + v.restLeft;
    } else {
      v.phase = 'finished';
    }
  }

  /** Words for the end of the set, from what happened in it (null: it never started counting). */
  private sayEnd(ended: SetEnd | null, out: PushResult): SessionView['end'] & object {
    const v = this.view;
    const o = this.options;
    const words = setEndWords({
      ended, kind: o.kind, counted: v.reps, short: v.shortHolds, target: o.targetReps, set: v.set, sets: v.sets, recording: !o.stopAtTarget,
    });
    v.end = words;
    v.cue = words.cue;
    v.cueRule = null;
    v.highlight = [];
    out.speech.push({ text: words.spoken, kind: 'info' });
    return words;
  }
}

