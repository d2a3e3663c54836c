/** Replays a whole pose track through the engine and sums up what it said: what the CLI prints. */
import type { PoseTrack } from '../track/track';
import type { EngineEvent } from './events';
import type { ExerciseEngine, ExerciseEngineOptions } from './exercise-engine';

export interface TrackAnalysis {
  exercise: string;
  reps: number;
  holds: { start: number; end: number; seconds: number }[];
  faults: { t: number; rule: string }[];
  repScores: number[];
  events: EngineEvent[];
}

export function replayTrack(engine: ExerciseEngine, track: PoseTrack): EngineEvent[] {
  const events: EngineEvent[] = [];
  for (const frame of track.frames) for (const e of engine.push(frame)) events.push(e);
  for (const e of engine.finish()) events.push(e);
  return events;
}

export function summarizeEvents(exercise: string, events: EngineEvent[]): TrackAnalysis {
  const summary: TrackAnalysis = { exercise, reps: 0, holds: [], faults: [], repScores: [], events };
  for (const e of events) {
    if (e.type === 'rep') {
      summary.reps++;
      summary.repScores.push(e.score);
    } else if (e.type === 'hold-complete') {
      summary.holds.push({ start: round3(e.start), end: round3(e.end), seconds: round3(e.seconds) });
    } else if (e.type === 'fault') {
      summary.faults.push({ t: round3(e.t), rule: e.rule });
    }
  }
  return summary;
}

/** Frame width / height of a track, for the engine's angles. */
export const trackAspect = (track: PoseTrack): number => track.source.width / track.source.height;

export type AnalyzeOptions = Omit<ExerciseEngineOptions, 'aspect'>;

const round3 = (v: number) => Math.round(v * 1000) / 1000;
