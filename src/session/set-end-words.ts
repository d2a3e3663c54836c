/**
 * What the coach says when a set ends, from what happened in it: praise only for a set that reached
 * its target; a set with nothing counted says so; a set stopped early says it was stopped and how far
 * it got; stopping before counting began is not a finished set.
 */
import { countWords, unitOf } from './count-words';
import type { SetEnd } from './session-types';

export interface SetEndFacts {
  /** How the set ended; null when it never started counting (stopped in the set-up check). */
  ended: SetEnd | null;
  kind: 'reps' | 'hold';
  /** Reps, or holds that reached their target. */
  counted: number;
  /** Hold attempts let go before the target. */
  short: number;
  target: number;
  set: number;
  sets: number;
  /** The source is a recording (video or track), not the camera. */
  recording: boolean;
}

export interface SetEndWords {
  /** The finished panel's title. */
  heading: string;
  /** The panel's line under it. */
  detail: string;
  /** The cue line. */
  cue: string;
  spoken: string;
  /** True only for a set that reached its target: the cue may be shown as praise. */
  praise: boolean;
  /** The set goes on to a rest before the next one. */
  rest: boolean;
}

/** "3 reps", "3 of 5 reps", "2 of 5 holds made, 3 too short". */
function countedText(f: SetEndFacts, ofTarget = false): string {
  const words = countWords(ofTarget ? f.target : f.counted, unitOf(f.kind));
  const counted = (ofTarget ? `${f.counted} of ${words}` : words) + (f.kind === 'hold' ? ' made' : '');
  return f.short > 0 ? `${counted}, ${f.short} too short` : counted;
}

export function setEndWords(f: SetEndFacts): SetEndWords {
  const none = f.counted === 0;
  const noun = `${unitOf(f.kind)}s`;
  if (f.ended === null) {
    return { heading: 'Stopped', detail: 'Stopped before counting began: nothing was recorded.', cue: 'Stopped', spoken: 'Stopped', praise: false, rest: false };
  }
  if (f.ended === 'target') {
    const rest = f.set < f.sets;
    const detail = countedText(f);
    if (rest) return { heading: `Set ${f.set} done`, detail, cue: 'Set done. Rest', spoken: `Set ${f.set} done. Rest`, praise: true, rest };
    return { heading: f.sets > 1 ? 'Workout complete' : 'Set complete', detail, cue: 'Well done', spoken: 'Well done', praise: true, rest };
  }
  if (f.ended === 'stopped') {
    const detail = none ? `No ${noun} counted.` : `${countedText(f, true)}.`;
    return { heading: 'Stopped early', detail, cue: none ? `Stopped: no ${noun} counted` : 'Stopped early', spoken: 'Stopped', praise: false, rest: false };
  }
  // The source ended: a recording is over, or the camera stopped.
  const heading = f.recording ? 'Recording ended' : 'Camera stopped';
  if (none) {
    const detail = f.short ? `${countedText(f)}.` : `No ${noun} counted.`;
    return { heading, detail, cue: `No ${noun} counted`, spoken: `No ${noun} counted`, praise: false, rest: false };
  }
  const reached = f.counted >= f.target;
  return {
    heading,
    detail: `${countedText(f)}.`,
    cue: reached ? 'Well done' : countedText(f, true),
    spoken: reached ? 'Well done' : countedText(f),
    praise: reached,
    rest: false,
  };
}
