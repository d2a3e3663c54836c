/** What the view says about where the person is: during the set-up check, and while counting. */
import type { FramingStatus } from '../engine/events';
import type { SetupCheck } from '../engine/setup-check';
import type { SessionView } from './session-types';

export const IN_VIEW = 'Body in view';
export const LOOKING = 'Looking for you…';

/** The view's framing fields from a set-up check; `problem` is what the set-up gate waits on (null: all right). */
export function setupFraming(r: SetupCheck, personFound: boolean): Pick<SessionView, 'setupProblems' | 'highlight' | 'framing' | 'framingMessage'> & { problem: string | null } {
  const problem = r.ok ? null : (r.problems[0]?.message ?? LOOKING);
  const framing: FramingStatus = r.ok ? 'ok' : personFound ? 'landmarks-hidden' : 'no-person';
  return { setupProblems: r.problems, highlight: [...new Set(r.problems.flatMap((p) => p.landmarks))], framing, framingMessage: problem ?? IN_VIEW, problem };
}

/** While counting: a lost track says what is missing, else where the camera stands when that is a problem. */
export const countingMessage = (lostWhat: string | null, viewMessage: string): string =>
  lostWhat !== null ? `Tracking lost: ${lostWhat}. Count paused.` : viewMessage || IN_VIEW;
