/**
 * Today's guided workout in the app: starts it (from the picker or `?workout=today`), runs each
 * set through the workflow's live view, saves the
 * workout at every step, offers to resume one a reload interrupted (same exercise, same set, reps
 * kept), and grows the load after a real workout. The screens read `run`; the workflow owns the route.
 */
import { loadChanges, type LoadChange } from '../program/load-progression';
import { mildLastTime } from '../program/day-history';
import type { RoutineRecord } from '../program/routine-record';
import { bedtimeWarning } from '../program/rules';
import { setOutcome } from '../program/set-outcome';
import { planItem, todaysPlan, type PlanItem } from '../program/todays-plan';
import { parseWorkoutLink, type WorkoutLink } from '../program/workout-link';
import { startSteps, type SetOutcome, type WorkoutSteps } from '../program/workout-steps';
import { listRoutines, saveRoutine, unfinishedRoutine } from '../storage/routine-store';
import { resumeSource } from '../storage/unfinished';
import { loadWorkout, unfinishedWorkouts } from '../storage/workout-store';
import { saveSettings, settings } from '../ui/settings.svelte';
import { RoutineRun } from './routine-run.svelte';
import type { WorkoutFlow } from './workout-flow.svelte';

const loads = () => ({ holdSeconds: settings.holdSeconds, reps: settings.reps });

export class RoutineFlow {
  run = $state.raw<RoutineRun | null>(null);
  /** A workout a reload or a closed tab interrupted, offered for resuming. */
  unfinished = $state.raw<RoutineRecord | null>(null);
  /** Asked once before the first workout: the person's bedtime, for the seed's 5-hours rule. */
  askBedtime = $state(false);
  /** Exercises that were mildly uncomfortable last time, asked about before they start. */
  mildBefore = $state.raw<Set<string>>(new Set());
  /** What grew for next time, shown when the workout is done. */
  grown = $state.raw<LoadChange[]>([]);
  private link: WorkoutLink = { only: null, tracks: {}, speed: 1 };
  /** The page's link, followed once an interrupted workout is answered. */
  private pageLink = '';

  constructor(private readonly flow: WorkoutFlow) {}

  /** The late-start warning for now, or null. */
  get lateWarning(): string | null {
    return bedtimeWarning(new Date(), settings.bedtime);
  }

  /**
   * On page load: an interrupted workout is offered first; `?workout=today` starts one. Returns
   * false when the link is for the workflow (and no workout waits).
   */
  async openLink(search: string, origin: string): Promise<boolean> {
    this.pageLink = search;
    const link = parseWorkoutLink(search, origin);
    if (typeof link === 'string') {
      this.flow.route = { name: 'error', message: link };
      return true;
    }
    const unfinished = await unfinishedRoutine().catch(() => null);
    if (unfinished) {
      this.unfinished = unfinished;
      return true;
    }
    if (!link) return false;
    this.start(link);
    return true;
  }

  /** The picker's one button (or the link): today's routine from the warm-up. */
  start(link: WorkoutLink = { only: null, tracks: {}, speed: 1 }): void {
    this.link = link;
    if (!settings.bedtimeAsked) {
      this.askBedtime = true;
      return;
    }
    const plan = todaysPlan(loads(), link.only ?? undefined);
    void this.begin(startSteps(plan), { id: `workout-${new Date().toISOString()}`, startedAt: new Date() }, null);
  }

  /** The bedtime question's answer ('' = not now); asked once, then the workout starts. */
  answerBedtime(bedtime: string): void {
    settings.bedtime = bedtime;
    settings.bedtimeAsked = true;
    saveSettings();
    this.askBedtime = false;
    this.start(this.link);
  }

  /** Any exercise of the routine by name, counted or guided. */
  nameOf(id: string): string {
    return planItem(id, loads())?.name ?? id;
  }

  /** Where the interrupted workout stopped, in words. */
  unfinishedText(r: RoutineRecord): string {
    const id = r.planIds[r.position.index];
    const when = new Date(r.startedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    const where = id ? `${this.nameOf(id)}, set ${r.position.set}` : 'the end';
    return `Started at ${when}, it stopped at ${where}. Continue there?`;
  }

  /** Continue an interrupted workout at its exercise and set; a set cut mid-way resumes with its reps. */
  async resume(): Promise<void> {
    const r = this.unfinished!;
    this.unfinished = null;
    this.link = { only: r.planIds, tracks: r.replay?.tracks ?? {}, speed: r.replay?.speed ?? 1 };
    const plan = todaysPlan(loads(), r.planIds);
    const steps: WorkoutSteps = { ...startSteps(plan), index: r.position.index, set: r.position.set, sets: r.position.sets, results: r.results, warmUpSkipped: r.warmUpSkipped };
    await this.begin(steps, { id: r.id, startedAt: new Date(r.startedAt) }, r.position.recording ?? null);
  }

  /** Keep the interrupted workout as it is (ended early) and go on to the app. */
  async dismissUnfinished(): Promise<void> {
    const r = this.unfinished!;
    this.unfinished = null;
    await saveRoutine({ ...r, status: 'done', endedEarly: true }).catch((e: Error) => (this.flow.saveProblem = e.message));
    this.flow.openLink(this.pageLink, location.origin);
  }

  leave(): void {
    this.run?.dispose();
    this.run = null;
    this.flow.routineSet = null;
    this.flow.toPicker();
  }

  private async begin(steps: WorkoutSteps, id: { id: string; startedAt: Date }, liveRecording: string | null): Promise<void> {
    this.grown = [];
    this.mildBefore = mildLastTime((await listRoutines().catch(() => ({ routines: [] }))).routines);
    const replay = Object.keys(this.link.tracks).length > 0;
    const run = new RoutineRun(steps, {
      ...id,
      source: replay ? 'track' : 'camera',
      replay: replay ? { tracks: this.link.tracks, speed: this.link.speed } : undefined,
      restSeconds: settings.restSeconds,
      say: (text, kind) => this.flow.speaker.say(text, kind),
      save: (record) => void saveRoutine(record).catch((e: Error) => (this.flow.saveProblem = e.message)),
      onBeginSet: (item) => this.liveSet(item, null),
      onDone: (record) => this.finish(record),
    });
    this.run?.dispose();
    this.run = run;
    this.flow.show('workout');
    if (liveRecording) await this.resumeLiveSet(liveRecording);
    else if (steps.index === 0 && steps.results.length === 0) run.startGetReady();
  }

  /** A followed set through the live view; its outcome comes back to the workout. */
  private liveSet(item: PlanItem, resumed: Parameters<WorkoutFlow['startLive']>[2] | null): void {
    const run = this.run!;
    this.flow.routineSet = (set, recordingId) => this.liveSetEnded(run, setOutcome(set?.events ?? [], set ? recordingId : null), false);
    const track = this.link.tracks[item.id];
    const source = track ? { kind: 'track' as const, src: track, speed: this.link.speed } : { kind: 'camera' as const };
    void this.flow.startLive(item.id, source, resumed ?? undefined);
    // startLive shows the live view before it waits for the source.
    if (this.flow.route.name === 'live') run.setRecording(this.flow.route.recordingId);
  }

  /** "It hurts" during a live set: the set ends with what it counted, and the exercise as the pain answer ends it. */
  painDuringSet(): void {
    const run = this.run;
    if (!run || !this.flow.routineSet) return;
    this.flow.routineSet = (set, recordingId) => this.liveSetEnded(run, setOutcome(set?.events ?? [], set ? recordingId : null), true);
    this.flow.endRoutineSet();
  }

  private liveSetEnded(run: RoutineRun, outcome: SetOutcome, pain: boolean): void {
    this.flow.routineSet = null;
    run.setRecording(null);
    this.flow.show('workout');
    if (pain) run.reportPain(outcome);
    else run.finishSet(outcome);
  }

  /** The set a reload cut: its recording goes on with the reps it had. */
  private async resumeLiveSet(recordingId: string): Promise<void> {
    const run = this.run!;
    const meta = (await unfinishedWorkouts().catch(() => [])).find((w) => w.id === recordingId);
    const stored = meta && (await loadWorkout(recordingId).catch(() => undefined));
    const item = run.current;
    if (!stored || !meta || !item || !resumeSource(meta)) return;
    run.resumeSet();
    this.liveSet(item, { stored, chunks: meta.sets });
  }

  /** After a real workout the load grows where everything was complete (replays never change it). */
  private finish(record: RoutineRecord): void {
    this.flow.routineSet = null;
    if (record.source !== 'camera' || !this.run) return;
    this.grown = loadChanges(this.run.steps.plan, record.results);
    for (const c of this.grown) {
      if (c.what === 'hold') settings.holdSeconds[c.id] = c.to;
      else settings.reps[c.id] = c.to;
    }
    if (this.grown.length) saveSettings();
  }
}
