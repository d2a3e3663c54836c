/** The fault evaluation's tables (recall per injected fault, false alarms per rule) as text or markdown. */
import { getExerciseSpec } from '../exercises';
import type { ClipFaults } from './fault-evaluation';
import { formatTable, percent } from './format-table';
import { DEMO_FAULTS, isDemoFault } from './demo-faults';

export interface FaultTotals {
  /** Injected tops whose fault has a rule, and how many of them it flagged. */
  injected: number;
  flagged: number;
  cleanReps: number;
  /** Cues on the clean tracks that are not a demo's checked real fault. */
  falseCues: number;
  /** Cues that are (DEMO_FAULTS). */
  expectedCues: number;
}

const falseCuesOf = (r: ClipFaults) => r.cues.filter((c) => !isDemoFault(r.clip.clip, c.rule));

/** The flags of the tops where the rule could be judged (its limb in view). */
const inViewFlags = (i: ClipFaults['injections'][number]) => i.flagged.filter((_, k) => i.inView[k]);

export function faultTotals(runs: readonly ClipFaults[]): FaultTotals {
  const judged = runs.flatMap((r) => r.injections.filter((i) => i.injector.rule !== null).flatMap(inViewFlags));
  return {
    injected: judged.length,
    flagged: judged.filter(Boolean).length,
    cleanReps: runs.reduce((s, r) => s + r.clip.labels.reps, 0),
    falseCues: runs.reduce((s, r) => s + falseCuesOf(r).length, 0),
    expectedCues: runs.reduce((s, r) => s + r.cues.length - falseCuesOf(r).length, 0),
  };
}

function recallRows(runs: readonly ClipFaults[]): string[][] {
  const faults = [...new Map(runs.flatMap((r) => r.injections.map((i) => [`${i.injector.exercise}/${i.injector.fault}`, i.injector]))).values()];
  return faults.map((injector) => {
    const per = runs.flatMap((r) => r.injections.filter((i) => i.injector === injector).map((i) => ({ run: r, result: i })));
    const flags = per.flatMap((p) => inViewFlags(p.result));
    const hits = flags.filter(Boolean).length;
    const unseen = per.reduce((n, p) => n + p.result.inView.filter((v) => !v).length, 0);
    const clips = per.map((p) => {
      const clean = p.result.flaggedClean.filter(Boolean).length;
      const hidden = p.result.inView.filter((v) => !v).length;
      const flagged = `${inViewFlags(p.result).filter(Boolean).length}/${inViewFlags(p.result).length}`;
      const notes = [clean ? `${clean} flagged clean too` : '', hidden ? `${hidden} unseen` : ''].filter(Boolean).map((n) => ` (${n})`);
      return `${p.run.clip.clip} ${flagged}${notes.join('')} (count ${p.run.cleanCount}→${p.result.counted})`;
    });
    const recall = injector.rule === null ? 'no rule yet' : flags.length ? percent(hits / flags.length) : '-';
    return [injector.exercise, injector.fault, injector.rule ?? '-', `${hits}/${flags.length}`, `${unseen}`, recall, clips.join('; ')];
  });
}

function falseAlarmRows(runs: readonly ClipFaults[]): string[][] {
  const exercises = [...new Set(runs.map((r) => r.clip.labels.exercise))];
  return exercises.flatMap((exercise) => {
    const mine = runs.filter((r) => r.clip.labels.exercise === exercise);
    const reps = mine.reduce((s, r) => s + r.clip.labels.reps, 0);
    return (getExerciseSpec(exercise)?.rules ?? []).map((rule) => {
      const at = (keep: (r: ClipFaults) => boolean) =>
        mine.filter(keep).flatMap((r) => r.cues.filter((c) => c.rule === rule.id).map((c) => `${r.clip.clip}@${c.t.toFixed(1)}s`));
      const wrong = at((r) => !isDemoFault(r.clip.clip, rule.id));
      const expected = at((r) => isDemoFault(r.clip.clip, rule.id));
      return [exercise, rule.id, rule.when, `${wrong.length}`, `${expected.length}`, `${reps}`, wrong.join(', ') || '-'];
    });
  });
}

export function formatFaults(runs: readonly ClipFaults[], markdown: boolean): string {
  const totals = faultTotals(runs);
  const legend = [...new Map(runs.flatMap((r) => r.injections.map((i) => [i.injector, `${i.injector.exercise} ${i.injector.fault}: ${i.injector.what}`]))).values()];
  const heading = (s: string) => (markdown ? `**${s}**` : `== ${s}`);
  return [
    heading('Recall: injected fault flagged at that rep by its rule'),
    '',
    formatTable(['exercise', 'fault', 'rule', 'flagged', 'unseen', 'recall', 'per clip (flagged/tops in view, count clean→injected)'], recallRows(runs), markdown),
    '',
    heading('False alarms: cues on the clean tracks'),
    '',
    formatTable(['exercise', 'rule', 'when', 'false cues', 'demo faults', 'clean reps', 'false cues at'], falseAlarmRows(runs), markdown),
    '',
    `recall over faults with a rule: ${totals.flagged}/${totals.injected} = ${totals.injected ? percent(totals.flagged / totals.injected) : '-'}; ` +
      `false cues: ${totals.falseCues} over ${totals.cleanReps} labelled reps = ${totals.cleanReps ? ((10 * totals.falseCues) / totals.cleanReps).toFixed(1) : '-'} per 10 reps ` +
      `(and ${totals.expectedCues} cues on a demo's real fault)`,
    '',
    'A top is a labelled hold interval where the labels give them, else where the engine’s signal stays within 0.1 of a counted rep’s peak. ' +
      'The fault is fully there over the top and ramps smoothly in from the rest before the rep and out to the rest after it. ' +
      'A rep is flagged when its rule cues from that rest to 1 s after the next, or the rep over its top lists the rule. ' +
      'A top is unseen, and left out of the recall, where the rule’s landmarks are not usable in half the clean frames of the top (the rule rightly says nothing there), ' +
      'or where the clip starts in the top: the engine judges a rep only after it has seen the start pose. ' +
      'A cue on a clean track may be a real fault of the demo: check its notes.',
    '',
    ...(markdown ? legend.map((l) => `- ${l}`) : legend),
    '',
    'Demo faults (cues on a clean clip that its label notes show to be right):',
    ...DEMO_FAULTS.map((d) => `${markdown ? '- ' : ''}${d.clip} ${d.rule}: ${d.why}`),
  ].join('\n');
}
