/** What the screens need to know about an exercise: the seed's words and targets from the catalogue, joined with the engine's spec. */
import type { CameraView, RoutineGroup } from '../program/catalogue';

export interface ExerciseInfo {
  id: string;
  name: string;
  group: RoutineGroup;
  instructions: string;
  view: CameraView;
  kind: 'reps' | 'hold';
  sets: number;
  reps: number;
  /** Seconds per hold, for exercises that hold (bird-dog from the settings). */
  holdSeconds: number | null;
  metric: { label: string; unit: string };
}

export const VIEW_HINT: Record<CameraView, string> = {
  side: 'Camera at your side',
  front: 'Camera in front of you',
};

export function targetText(e: Pick<ExerciseInfo, 'sets' | 'reps' | 'holdSeconds' | 'kind'>): string {
  const hold = e.holdSeconds ? `, hold ${e.holdSeconds} s` : '';
  return `${e.sets} sets × ${e.reps}${hold}`;
}
