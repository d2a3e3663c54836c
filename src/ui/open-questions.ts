/**
 * The questions the app must have answered before it goes on (an interrupted workout, an
 * interrupted set, leaving a set in progress), as the ChoicePanel shows them, in the order they
 * stack: the screen only shows these, the words live here.
 */
import type { RoutineRecord } from '../program/routine-record';
import type { WorkoutMeta } from '../storage/workout-record';

export interface Question {
  testid: string;
  title: string;
  message: string;
  /** The safe answer, focused. */
  primary: string;
  secondary: string;
  onprimary: () => void;
  onsecondary: () => void;
}

/** What the questions read and answer to: the routine, the single-set workflow and the navigation. */
export interface Askers {
  routine: { unfinished: RoutineRecord | null; unfinishedText(r: RoutineRecord): string; resume(): unknown; dismissUnfinished(): unknown };
  flow: { unfinished: WorkoutMeta | null; unfinishedText(w: WorkoutMeta): string; resumeUnfinished(): unknown; keepUnfinished(w: WorkoutMeta): unknown };
  nav: { leaving: unknown; answer(leave: boolean): void };
}

type Answer = readonly [label: string, act: () => unknown];

function question(testid: string, title: string, message: string, [primary, onprimary]: Answer, [secondary, onsecondary]: Answer): Question {
  return { testid, title, message, primary, secondary, onprimary: () => void onprimary(), onsecondary: () => void onsecondary() };
}

export function openQuestions({ routine, flow, nav }: Askers): Question[] {
  const r = routine.unfinished;
  const w = flow.unfinished;
  return [
    r &&
      question('workout-resume-offer', 'Your workout was not finished', routine.unfinishedText(r), ['Continue the workout', () => routine.resume()], [
        'Keep it as it is',
        () => routine.dismissUnfinished(),
      ]),
    w &&
      question('resume-offer', 'Your last set was not finished', flow.unfinishedText(w), ['Resume the set', () => flow.resumeUnfinished()], [
        'Keep what was recorded',
        () => flow.keepUnfinished(w),
      ]),
    nav.leaving
      ? question('leave-confirm', 'Leave this set?', 'Counting stops. What was recorded so far is kept in History.', ['Stay', () => nav.answer(false)], ['Leave', () => nav.answer(true)])
      : null,
  ].filter((q): q is Question => !!q);
}
