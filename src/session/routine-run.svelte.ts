/**
 * A guided workout while it runs: the steps (src/program/workout-steps.ts), the rest countdown
 * (visible and spoken), pause, and a save of the workout record at every step so a reload can
 * resume it. Starting a set is the workflow's job (onBeginSet); it hands the set's outcome back
 * with finishSet.
 */
import { countdownWord, restAnnouncement } from '../program/next-up';
import { routineRecord, type RoutineIdentity, type RoutineRecord } from '../program/routine-record';
import type { PlanItem } from '../program/todays-plan';
import * as steps from '../program/workout-steps';
import type { PainLevel, SetOutcome, WorkoutSteps } from '../program/workout-steps';
import type { SpeechKind } from './speech-queue';

export interface RoutineRunOptions extends RoutineIdentity {
  restSeconds: number;
  say: (text: string, kind: SpeechKind) => void;
  save: (record: RoutineRecord) => void;
  /** A set starts: the workflow opens the live view. */
  onBeginSet: (item: PlanItem, set: number) => void;
  /** The workout is over (finished or ended early). */
  onDone: (record: RoutineRecord) => void;
}

type Timer = { endsAt: number; leftAtPause: number | null };

export class RoutineRun {
  steps = $state.raw<WorkoutSteps>(steps.startSteps([]));
  paused = $state(false);
  /** Whole seconds left of the rest (or the get-ready countdown); null when no timer runs. */
  secondsLeft = $state<number | null>(null);
  /** The recording of the live set in progress, saved with the record so a reload can resume it. */
  private recording: string | null = null;
  private timer: Timer | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    initial: WorkoutSteps,
    private readonly o: RoutineRunOptions,
  ) {
    this.steps = initial;
  }

  get current(): PlanItem | null {
    return steps.currentItem(this.steps);
  }

  get record(): RoutineRecord {
    return routineRecord(this.o, this.steps, this.recording);
  }

  get restSeconds(): number {
    return this.o.restSeconds;
  }

  /** From the preview or a rest: the set starts now. */
  beginSet(): void {
    const item = this.current;
    if (!item) return;
    this.stopTimer();
    this.apply(steps.beginSet(this.steps));
    this.o.onBeginSet(item, this.steps.set);
  }

  setRecording(id: string | null): void {
    this.recording = id;
    this.o.save(this.record);
  }

  /** The first preview: a get-ready countdown, then the first set starts by itself. */
  startGetReady(): void {
    const first = this.current;
    if (!first) return;
    this.o.say(`Today's workout. First: ${first.name.toLowerCase()}. Starting in ${this.o.restSeconds} seconds.`, 'info');
    this.startTimer(this.o.restSeconds);
  }

  /** A live set a reload cut goes on: the step is the set again (the workflow resumes its recording). */
  resumeSet(): void {
    this.apply(steps.beginSet(this.steps));
  }

  finishSet(outcome: SetOutcome): void {
    this.stopTimer();
    this.apply(steps.finishSet(this.steps, outcome));
    if (this.steps.step === 'rest') this.startRest();
  }

  answerPain(pain: PainLevel): void {
    this.apply(steps.answerPain(this.steps, pain));
    if (this.steps.step === 'next-up' && pain !== 'pain') this.startRest();
  }

  /** "It hurts": the exercise ends; `cut` is what the live set it interrupted counted. */
  reportPain(cut?: SetOutcome): void {
    this.stopTimer();
    this.apply(steps.reportPain(this.steps, cut));
  }

  skip(): void {
    this.stopTimer();
    this.apply(steps.skipExercise(this.steps));
  }

  redo(): void {
    this.stopTimer();
    this.apply(steps.redoExercise(this.steps));
  }

  skipWarmUp(): void {
    this.apply(steps.skipWarmUp(this.steps));
  }

  endEarly(): void {
    this.stopTimer();
    this.apply(steps.endEarly(this.steps));
  }

  togglePause(): void {
    const t = this.timer;
    this.paused = !this.paused;
    if (!t) return;
    if (this.paused) t.leftAtPause = Math.max(0, t.endsAt - performance.now());
    else if (t.leftAtPause !== null) {
      t.endsAt = performance.now() + t.leftAtPause;
      t.leftAtPause = null;
    }
  }

  dispose(): void {
    this.stopTimer();
  }

  private apply(next: WorkoutSteps): void {
    if (next === this.steps) return;
    this.steps = next;
    const record = this.record;
    this.o.save(record);
    if (next.step === 'done') {
      this.o.say(next.endedEarly ? 'Workout ended.' : 'Workout done. Well done!', 'info');
      this.o.onDone(record);
    }
  }

  /** The rest before the next set or exercise, announced with what comes next. */
  private startRest(): void {
    const next = this.current;
    if (!next) return;
    const prev = this.steps.step === 'rest' ? next : (this.steps.plan[this.steps.index - 1] ?? null);
    this.o.say(restAnnouncement(this.o.restSeconds, next, this.steps.set, prev), 'info');
    this.startTimer(this.o.restSeconds);
  }

  private startTimer(seconds: number): void {
    this.stopTimer();
    this.timer = { endsAt: performance.now() + seconds * 1000, leftAtPause: this.paused ? seconds * 1000 : null };
    this.secondsLeft = seconds;
    this.ticker = setInterval(() => this.tick(), 200);
  }

  private stopTimer(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
    this.timer = null;
    this.secondsLeft = null;
  }

  private tick(): void {
    const t = this.timer;
    if (!t || this.paused) return;
    const left = Math.max(0, Math.ceil((t.endsAt - performance.now()) / 1000));
    const word = this.secondsLeft === null ? null : countdownWord(this.secondsLeft, left);
    if (word) this.o.say(word, 'count');
    this.secondsLeft = left;
    if (left === 0) this.beginSet();
  }
}
