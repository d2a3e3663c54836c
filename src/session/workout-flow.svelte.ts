/**
 * The app's workflow, one reactive class that owns the route: picker -> live (camera, video file or
 * track) -> review -> history, plus the seed's hold progression after a camera workout. App.svelte
 * only shows the screen for `route`. It wires the stream, the session, the store and the settings;
 * what each screen decides lives in those modules.
 */
import { applyModelSettings, poseStream } from '../pose/page-stream.svelte';
import { createExerciseEngine, getExerciseSpec } from '../exercises';
import { parseTrack, type PoseTrack } from '../track/track';
import { exerciseInfo, isSupported, setupChecker } from '../ui/coach-api';
import { parseDeepLink, type SourceSpec } from '../ui/deep-link';
import type { ExerciseInfo } from '../ui/exercise-info';
import { saveSettings, settings } from '../ui/settings.svelte';
import { holdProgress } from './hold-progress';
import { LiveSession } from './live-session.svelte';
import type { SetRecord } from './session-core';
import { Speaker } from './speaker';
import { listWorkouts, loadWorkout, newWorkoutId, saveWorkout } from './store';
import { historyOf, type WorkoutSummary } from './workout-summary';

export type Route =
  | { name: 'picker' }
  | { name: 'lab' }
  | { name: 'history'; workouts: WorkoutSummary[] | null; error: string | null }
  | { name: 'error'; message: string }
  | { name: 'live'; exercise: ExerciseInfo; source: SourceSpec; session: LiveSession }
  | { name: 'review'; exercise: ExerciseInfo; source: SourceSpec; sets: SetRecord[]; header: Pick<PoseTrack, 'source' | 'model'>; note: string | null };

async function loadTrack(src: string): Promise<PoseTrack> {
  const res = await fetch(src);
  if (!res.ok) throw new Error(`The pose track ${src} could not be loaded (HTTP ${res.status}).`);
  return parseTrack(await res.text());
}

export class WorkoutFlow {
  route = $state.raw<Route>({ name: 'picker' });
  /** Why the live source could not start, shown in place of the picture. */
  loadError = $state<string | null>(null);
  readonly stream = poseStream;
  private readonly speaker = new Speaker(() => ({ muted: settings.muted, voice: settings.voice, volume: settings.volume }));

  /** Follows the page's link: `?view=lab`, `?exercise=ID[&source=track...]`, or the picker. */
  openLink(search: string, origin: string): void {
    const link = parseDeepLink(search, origin, isSupported);
    if (link.view === 'lab') this.route = { name: 'lab' };
    else if (link.view === 'error') this.route = { name: 'error', message: link.message };
    else if (link.view === 'live') void this.startLive(link.exercise, link.source);
  }

  async startLive(id: string, source: SourceSpec): Promise<void> {
    const exercise = exerciseInfo(id, settings.holdSeconds);
    if (!exercise) {
      this.route = { name: 'error', message: `Unknown exercise “${id}”.` };
      return;
    }
    this.leaveLive();
    const stream = this.stream;
    const camera = source.kind === 'camera';
    const aspect = () => (stream.source.width && stream.source.height ? stream.source.width / stream.source.height : undefined);
    const session = new LiveSession(stream, this.speaker, {
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
      reminders: exercise.reminders,
      paced: exercise.paced,
    });
    session.attach();
    this.loadError = null;
    this.route = { name: 'live', exercise, source, session };
    applyModelSettings(settings.runtime, settings.modelVariant);
    try {
      if (source.kind === 'camera') await stream.startCamera(settings.cameraId || undefined);
      else if (source.kind === 'video') await stream.startVideo(source.file, { mode: 'every-frame' });
      else stream.startTrack(await loadTrack(source.src), { speed: source.speed });
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
    this.route = { name: 'review', exercise, source, sets, header, note: source.kind === 'camera' ? this.progressHold(exercise, sets) : null };
    if (sets.length) {
      void saveWorkout({ id: newWorkoutId(exercise.id), exercise: exercise.id, date: new Date().toISOString(), source: source.kind, header, sets }).catch(() => {
        // Storage is a convenience; the review and exports work without it.
      });
    }
  }

  async openHistory(): Promise<void> {
    this.leaveLive();
    this.route = { name: 'history', workouts: null, error: null };
    try {
      const workouts = historyOf(await listWorkouts());
      if (this.route.name === 'history') this.route = { name: 'history', workouts, error: null };
    } catch (e) {
      if (this.route.name === 'history') this.route = { name: 'history', workouts: [], error: `Saved workouts could not be read: ${(e as Error).message}` };
    }
  }

  async openStoredReview(id: string): Promise<void> {
    const w = await loadWorkout(id).catch(() => undefined);
    const exercise = w && exerciseInfo(w.exercise, settings.holdSeconds);
    if (!w || !exercise) return;
    // "Do it again" from an old review means a new set in front of the camera.
    this.route = { name: 'review', exercise, source: { kind: 'camera' }, sets: w.sets, header: w.header, note: null };
  }

  nameOf(id: string): string {
    return exerciseInfo(id, settings.holdSeconds)?.name ?? id;
  }

  toPicker(): void {
    this.leaveLive();
    this.route = { name: 'picker' };
    if (location.search) history.replaceState(null, '', location.pathname);
  }

  again(): void {
    if (this.route.name !== 'review') return;
    const { exercise, source } = this.route;
    void this.startLive(exercise.id, source);
  }

  private leaveLive(): void {
    if (this.route.name === 'live') this.route.session.detach();
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
