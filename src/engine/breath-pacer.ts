/**
 * Paced breathing: the coach breathes with the person ("in ... out", five times) instead of waiting
 * for a breath a camera may not see. The pace is plain data; the schedule is every in and out with
 * its time, and `pacerAt` says where in it a moment falls, for the live screen's words and ring.
 */
export interface BreathPace {
  inhaleSeconds: number;
  exhaleSeconds: number;
  /** Still between one exhale and the next inhale. */
  pauseSeconds: number;
  breaths: number;
}

/** The seed's "take a deep breath and exhale", five times: slow, the out breath a little longer. */
export const DEEP_BREATHS: BreathPace = { inhaleSeconds: 4, exhaleSeconds: 5, pauseSeconds: 1, breaths: 5 };

export interface BreathStep {
  /** 1-based, as the coach counts. */
  breath: number;
  phase: 'in' | 'out';
  start: number;
  end: number;
}

export function breathSchedule(pace: BreathPace, start = 0): BreathStep[] {
  const steps: BreathStep[] = [];
  let t = start;
  for (let breath = 1; breath <= pace.breaths; breath++) {
    steps.push({ breath, phase: 'in', start: t, end: t + pace.inhaleSeconds });
    t += pace.inhaleSeconds;
    steps.push({ breath, phase: 'out', start: t, end: t + pace.exhaleSeconds });
    t += pace.exhaleSeconds + pace.pauseSeconds;
  }
  return steps;
}

export interface PacerState {
  /** The in or out breath under way, or null in a pause or after the last breath. */
  step: BreathStep | null;
  /** 0..1 through the step (for a filling and emptying ring). */
  progress: number;
  done: boolean;
}

export function pacerAt(schedule: BreathStep[], t: number): PacerState {
  const step = schedule.find((s) => t >= s.start && t < s.end) ?? null;
  const last = schedule[schedule.length - 1];
  return {
    step,
    progress: step ? (t - step.start) / (step.end - step.start) : 0,
    done: last === undefined || t >= last.end,
  };
}
