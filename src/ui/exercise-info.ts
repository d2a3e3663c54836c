/** What the screens need to know about an exercise: its spec's facts, its place in the routine, and the hold the user is at. */
import type { CameraView, ExerciseKind } from '../engine/exercise-spec';
import type { RoutineGroup } from '../program/catalogue';

export interface ExerciseInfo {
  id: string;
  name: string;
  group: RoutineGroup;
  instructions: string;
  view: CameraView;
  kind: ExerciseKind;
  sets: number;
  reps: number;
  /** Seconds per hold, for exercises that hold (from the settings when the hold progresses). */
  holdSeconds: number | null;
  metric: { label: string; unit: string };
  /** What the coach says once a set and does not check. */
  reminders: readonly string[];
  /** Paced breathing: the breath pacer ("in ... out") is on screen. */
  paced: boolean;
}

export const VIEW_HINT: Record<CameraView, string> = {
  side: 'Camera at your side',
  front: 'Camera in front of you',
};

export function targetText(e: Pick<ExerciseInfo, 'sets' | 'reps' | 'holdSeconds' | 'kind'>): string {
  const hold = e.holdSeconds ? `, hold ${e.holdSeconds} s` : '';
  return `${e.sets} sets × ${e.reps}${hold}`;
}
