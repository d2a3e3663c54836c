/**
 * The app's workflow, one reactive class that owns the route: picker -> live (camera, video file or
 * track) -> review -> history, plus the seed's hold progression after a camera workout. App.svelte
 * only shows the screen for `route`. It wires the stream, the session, the store and the settings;
 * what each screen decides lives in those modules.
 */
import { applyModelSettings, poseStream } from '../pose/page-stream.svelte';
import { createExerciseEngine, getExerciseSpec } from '../exercises';
import type { SourceProblem } from '../pose/source-errors';
import { LiveSaver } from '../storage/live-saver';
import { firstUnfinished, keepAsRecorded, resumeSource } from '../storage/unfinished';
import { newWorkoutId, type StoredWorkout, type WorkoutMeta } from '../storage/workout-record';
import { listWorkouts, loadWorkout, saveProgress } from '../storage/workout-store';
import { parseTrack, serializeTrack, type PoseTrack } from '../track/track';
import { exerciseInfo, isSupported, setupChecker } from '../ui/coach-api';
import { parseDeepLink, type DeepLink, type SourceSpec } from '../ui/deep-link';
import { download } from '../ui/download';
import type { ExerciseInfo } from '../ui/exercise-info';
import { saveSettings, settings } from '../ui/settings.svelte';
import { trackSizeProblem } from '../ui/track-file';
import { holdProgress } from './hold-progress';
import { LiveSession } from './live-session.svelte';
import { lastSourceTime } from './resume-set';
import { retryStep } from './retry-step';
import type { SessionPhase, SetRecord } from './session-core';
import { sourceStep } from './source-step';
import { Speaker } from './speaker';
import { historyOf, unfinishedText, type WorkoutSummary } from './workout-summary';

export type Route =
  | { name: 'picker' }
  | { name: 'lab' }
  | { name: 'history'; workouts: WorkoutSummary[] | null; error: string | null }
  | { name: 'error'; message: string }
  | { name: 'live'; exercise: ExerciseInfo; source: SourceSpec; session: LiveSession; saver: LiveSaver }
  | { name: 'review'; exercise: ExerciseInfo; source: SourceSpec; sets: SetRecord[]; header: Pick<PoseTrack, 'source' | 'model'>; note: string | null; mirrored: boolean };

/** A workout resumed after a reload: what was stored, and its chunk counts for the journal. */
type Resumed = { stored: StoredWorkout; chunks: WorkoutMeta['sets'] };

/** `after`: a resumed replay goes on after the last frame recorded before the break. */
async function loadTrack(src: string, after: number | null): Promise<PoseTrack> {
  const res = await fetch(src);
  if (!res.ok) throw new Error(`The pose track ${src} could not be loaded (HTTP ${res.status}).`);
  const tooLarge = trackSizeProblem(src, Number(res.headers.get('content-length')));
  if (tooLarge) throw new Error(tooLarge);
  const track = parseTrack(await res.text());
  return after === null ? track : { ...track, frames: track.frames.filter((f) => f.t > after) };
}

export class WorkoutFlow {
  route = $state.raw<Route>({ name: 'picker' });
  /** Why the live source could not start, shown in place of the picture. */
  loadError = $state<string | null>(null);
  /** Why the workout could not be saved, while that is so. */
  saveProblem = $state<string | null>(null);
  /** A workout a reload or a closed tab interrupted, offered for resuming. */
  unfinished = $state.raw<WorkoutMeta | null>(null);
  readonly stream = poseStream;
  private lastReview: Extract<Route, { name: 'review' }> | null = null;
  private startLink: DeepLink = { view: 'picker' };
  private readonly speaker = new Speaker(() => ({ muted: settings.muted, voice: settings.voice, volume: settings.volume }));

  /**
   * Follows the page's link: `?view=lab|history`, `?exercise=ID[&source=track...]`, or the picker.
   * On a page load an interrupted workout is offered first; the link waits for the answer.
   */
  openLink(search: string, origin: string, offerUnfinished = true): void {
    const link = parseDeepLink(search, origin, isSupported);
    if (!offerUnfinished || link.view === 'lab' || link.view === 'error') return this.follow(link);
    this.startLink = link;
    void firstUnfinished(isSupported).then((w) => {
      if (w && resumeSource(w)) this.unfinished = w;
      else if (w) void this.keepUnfinished(w);
      else this.follow(link);
    });
  }

  private follow(link: DeepLink): void {
    if (link.view === 'lab') this.openLab();
    else if (link.view === 'error') this.route = { name: 'error', message: link.message };
    else if (link.view === 'history') void this.openHistory();
    else if (link.view === 'live') void this.startLive(link.exercise, link.source);
  }

  unfinishedText(w: WorkoutMeta): string {
    const info = exerciseInfo(w.exercise, settings.holdSeconds);
    return unfinishedText(w, info?.name ?? w.exercise, info?.kind ?? 'reps');
  }

  async resumeUnfinished(): Promise<void> {
    const w = this.unfinished!;
    this.unfinished = null;
    const stored = await loadWorkout(w.id).catch(() => undefined);
    const source = resumeSource(w);
    if (stored && source) void this.startLive(w.exercise, source, { stored, chunks: w.sets });
    else this.follow(this.startLink);
  }

  async keepUnfinished(w: WorkoutMeta): Promise<void> {
    this.unfinished = null;
    await keepAsRecorded(w).catch((e: Error) => (this.saveProblem = e.message));
    this.follow(this.startLink);
  }

  async startLive(id: string, source: SourceSpec, resumed?: Resumed): Promise<void> {
    const exercise = exerciseInfo(id, settings.holdSeconds);
    if (!exercise) {
      this.route = { name: 'error', message: `Unknown exercise “${id}”.` };
      return;
    }
    this.leaveLive();
    const stream = this.stream;
    const camera = source.kind === 'camera';
    const aspect = () => (stream.source.width && stream.source.height ? stream.source.width / stream.source.height : undefined);
    const workout = {
      id: resumed?.stored.id ?? newWorkoutId(id),
      exercise: id,
      date: resumed?.stored.date ?? new Date().toISOString(),
      source: source.kind,
      ...(source.kind === 'track' ? { replay: { src: source.src, speed: source.speed } } : {}),
    };
    const saver = new LiveSaver(saveProgress, () => ({ ...workout, header: this.streamHeader() }), () => session.core.sets, (e) => (this.saveProblem = e?.message ?? null), resumed);
    const session: LiveSession = new LiveSession(stream, this.speaker, {
      createEngine: () => createExerciseEngine(id, { holdSeconds: exercise.holdSeconds ?? undefined, aspect: aspect() }),
      checkSetup: setupChecker(id, aspect),
      kind: exercise.kind,
      sets: camera ? exercise.sets : 1,
      targetReps: exercise.reps,
      // A recording (video or track) is one set and ends with the recording; the camera counts to the target.
      stopAtTarget: camera,
      settleSeconds: camera ? 1 : 0,
      countdownSeconds: camera ? 3 : 0,
      restSeconds: settings.restSeconds,
    }, (from, to) => this.onPhaseChange(from, to, camera, saver));
    if (resumed) session.restore(resumed.stored.sets);
    session.attach();
    saver.start();
    this.loadError = null;
    this.route = { name: 'live', exercise, source, session, saver };
    applyModelSettings(settings.runtime, settings.modelVariant);
    try {
      if (source.kind === 'camera') await stream.startCamera(settings.cameraId || undefined);
      else if (source.kind === 'video') await stream.startVideo(source.file, { mode: 'every-frame' });
      else stream.startTrack(await loadTrack(source.src, resumed ? lastSourceTime(resumed.stored.sets) : null), { speed: source.speed });
    } catch (e) {
      this.loadError = (e as Error).message;
    }
  }

  openReview(): void {
    const route = this.route;
    if (route.name !== 'live') return;
    const { exercise, source, session } = route;
    const sets = session.core.sets.filter((s) => s.frames.length > 0);
    const track = this.stream.toTrack();
    const header = { source: track.source, model: track.model };
    this.leaveLive();
    // The replay is drawn as the live view was: mirrored for the camera.
    const note = source.kind === 'camera' ? this.progressHold(exercise, sets) : null;
    this.route = this.lastReview = { name: 'review', exercise, source, sets, header, note, mirrored: source.kind === 'camera' };
  }

  /** Forward to the review left by Back; false when there is none. */
  reopenLastReview(): boolean {
    if (!this.lastReview) return false;
    this.leaveLive();
    this.route = this.lastReview;
    return true;
  }

  openLab(): void {
    this.leaveLive();
    this.route = { name: 'lab' };
  }

  async openHistory(): Promise<void> {
    this.leaveLive();
    this.route = { name: 'history', workouts: null, error: null };
    try {
      const { workouts, unreadable } = await listWorkouts();
      const error = unreadable ? `${unreadable} saved workout${unreadable > 1 ? 's' : ''} could not be read and ${unreadable > 1 ? 'are' : 'is'} left out.` : null;
      if (this.route.name === 'history') this.route = { name: 'history', workouts: historyOf(workouts.filter((w) => w.sets.length)), error };
    } catch (e) {
      if (this.route.name === 'history') this.route = { name: 'history', workouts: [], error: `Saved workouts could not be read: ${(e as Error).message}` };
    }
  }

  async openStoredReview(id: string): Promise<void> {
    const w = await loadWorkout(id).catch(() => undefined);
    const exercise = w && exerciseInfo(w.exercise, settings.holdSeconds);
    if (!w || !exercise) return;
    // "Do it again" from an old review means a new set in front of the camera.
    this.route = { name: 'review', exercise, source: { kind: 'camera' }, sets: w.sets, header: w.header, note: null, mirrored: w.source === 'camera' };
  }

  nameOf(id: string): string {
    return exerciseInfo(id, settings.holdSeconds)?.name ?? id;
  }

  toPicker(): void {
    this.leaveLive();
    this.route = { name: 'picker' };
  }

  again(): void {
    if (this.route.name !== 'review') return;
    const { exercise, source } = this.route;
    void this.startLive(exercise.id, source);
  }

  /** The button on a source problem: retry the camera in place, choose another file, or reload. */
  retrySource(problem: SourceProblem['id']): void {
    const step = retryStep(problem);
    if (step === 'camera') void this.stream.startCamera(settings.cameraId || undefined, { keepRecording: true });
    else if (step === 'picker') this.toPicker();
    else location.reload();
  }

  /** Everything the stream recorded, as a pose track download (the live view's export, and the one offered when saving fails). */
  exportRecording(): void {
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    download(`recording-${stamp}.track.json`, 'application/json', serializeTrack(this.stream.toTrack()));
  }

  /** A set ended: saved at once; the camera rests between sets and after the last. */
  private onPhaseChange(from: SessionPhase, to: SessionPhase, camera: boolean, saver: LiveSaver): void {
    if (to === 'rest' || to === 'finished') void saver.setEnded(to === 'finished');
    const step = sourceStep(from, to, camera);
    if (step === 'stop') this.stream.stop();
    else if (step === 'restart') void this.stream.startCamera(settings.cameraId || undefined, { keepRecording: true });
  }

  private streamHeader(): Pick<PoseTrack, 'source' | 'model'> {
    const { name, width, height } = this.stream.source;
    return { source: { name: name || 'recording', width: width || 1280, height: height || 720, fps: 30 }, model: { name: 'blazepose', variant: this.stream.variant, runtime: this.stream.runtime ?? 'unknown' } };
  }

  /** Leaving the live view: a set cut short is kept (as stopped) and the workout saved as done. */
  private leaveLive(): void {
    if (this.route.name === 'live') {
      const { session, saver } = this.route;
      if (session.view.phase !== 'finished') session.stop();
      session.detach();
      void saver.finish();
    }
    this.stream.stop();
    this.speaker.silence();
  }

  /** The seed's gradual load: a camera workout with every hold made holds one step longer next time. */
  private progressHold(exercise: ExerciseInfo, sets: SetRecord[]): string | null {
    const progression = getExerciseSpec(exercise.id)?.hold?.progression;
    const next = holdProgress({ ...exercise, progression }, sets);
    if (!next) return null;
    settings.holdSeconds[exercise.id] = next.seconds;
    saveSettings();
    return next.note;
  }
}
