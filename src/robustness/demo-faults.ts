/**
 * Cues on the clean dev clips that are the demo's own real faults, each checked against the clip's
 * label notes: the fault evaluation lists them as expected instead of counting them as false alarms.
 * Keyed by clip and rule, never by time, so a rule that starts cueing elsewhere in the clip still counts.
 */
export interface DemoFault {
  clip: string;
  rule: string;
  /** What the notes say that makes the cue right. */
  why: string;
}

export const DEMO_FAULTS: readonly DemoFault[] = [
  {
    clip: 'superman-side-palfitness',
    rule: 'hold-short',
    why: 'a stop-motion loop whose top is held about 0.3 s each cycle, against the 15 s hold',
  },
  {
    clip: 'glute-bridge-pexels-bubbadk',
    rule: 'lower-fast',
    why: 'the hips drop from the top (4.27 s) to the floor (4.73 s) in under half a second',
  },
];

export const isDemoFault = (clip: string, rule: string): boolean => DEMO_FAULTS.some((d) => d.clip === clip && d.rule === rule);
