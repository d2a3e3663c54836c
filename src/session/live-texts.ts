/**
 * The words on the live view's cue line and framing banner, from the session's view: in the set-up
 * check and countdown they say whether counting can start (the set-up panel says what to change);
 * while counting, the session's cue and framing message; and rest or pause when that is what is on.
 * The end of a set is shown in the praise colour only when the set reached its target.
 */
import type { SessionView } from './session-types';

export type CueTone = 'fault' | 'lost' | 'neutral' | 'done';

export interface LiveTexts {
  cue: string;
  tone: CueTone;
  framing: string;
}

type ViewPart = Pick<SessionView, 'phase' | 'cue' | 'cueRule' | 'framing' | 'framingMessage' | 'setupProblems' | 'trackingLost' | 'end'>;

function cueText(v: ViewPart, paused: boolean): string {
  if (v.phase === 'setup') return 'Counting starts when the view is right';
  if (v.phase === 'countdown') return 'Get ready';
  if (v.phase === 'rest') return 'Rest';
  return paused ? 'Paused' : v.cue;
}

function framingText(v: ViewPart): string {
  if (v.phase !== 'setup' && v.phase !== 'countdown') return v.framingMessage;
  if (v.framing === 'ok') return 'Body in view';
  const n = v.setupProblems.length || 1;
  return `Not ready: ${n} thing${n > 1 ? 's' : ''} to fix`;
}

export function liveTexts(v: ViewPart, paused: boolean): LiveTexts {
  // The praise colour only for a set that earned it (set-end-words.ts).
  const tone: CueTone =
    v.phase === 'finished' ? (v.end?.praise ? 'done' : 'neutral') : v.trackingLost && v.phase === 'counting' ? 'lost' : v.cueRule ? 'fault' : 'neutral';
  return { cue: cueText(v, paused), tone, framing: framingText(v) };
}
