/**
 * The fault evaluation (issue 14) for one labelled clip: the clean replay's fault cues (false
 * alarms: the clip shows clean form unless its notes say otherwise), the tops of its reps, and for
 * each injector of its exercise whether the intended rule flagged the injected fault at each top.
 */
import type { EngineEvent, TrackAnalysis } from '../engine';
import { createExerciseEngine, getExerciseSpec } from '../exercises';
import { summarizeEvents, trackAspect } from '../engine/analyze-track';
import type { PoseTrack } from '../track/track';
import type { LabelledClip } from './labelled-clips';
import { FAULT_INJECTORS, type FaultInjector } from './fault-injectors';
import { injectedSides, injectFault, type FaultWindow } from './inject-fault';
import { ruleInView } from './rule-in-view';
import { restBesideTop, type SignalTrace } from './rest-beside-top';

/** A rep's top: where the signal stays within this of the rep's peak. */
const TOP_BAND = 0.1;
/** A cue this long after the rep is back at rest still answers the injected fault (rep-end rules speak then). */
const CUE_LATENCY = 1;

export interface TracedReplay {
  analysis: TrackAnalysis;
  /** The engine's progress signal after each frame (null while paused). */
  trace: SignalTrace;
}

export function replayWithTrace(track: PoseTrack, exercise: string): TracedReplay {
  const engine = createExerciseEngine(exercise, { aspect: trackAspect(track) });
  const events: EngineEvent[] = [];
  const trace = track.frames.map((frame) => {
    events.push(...engine.push(frame));
    return { t: frame.t, signal: engine.snapshot().signal };
  });
  events.push(...engine.finish());
  return { analysis: summarizeEvents(exercise, events), trace };
}

/** Each rep's top: the labelled hold intervals where the labels give them, else the engine's reps. */
export function repTops(clip: LabelledClip, replay: TracedReplay): FaultWindow[] {
  const tops = clip.labels.holds.length
    ? clip.labels.holds
    : replay.analysis.events.flatMap((e) => {
        if (e.type !== 'rep') return [];
        const samples = replay.trace.filter((s) => s.t >= e.start && s.t <= e.end && s.signal !== null);
        const peak = Math.max(...samples.map((s) => s.signal!));
        const top = samples.filter((s) => s.signal! >= peak - TOP_BAND);
        return top.length ? [{ start: top[0].t, end: top.at(-1)!.t }] : [];
      });
  return tops.map((w, i) => ({
    from: restBesideTop(replay.trace, i ? tops[i - 1].end : -Infinity, w.start, 'last'),
    start: w.start,
    end: w.end,
    to: restBesideTop(replay.trace, w.end, i + 1 < tops.length ? tops[i + 1].start : Infinity, 'first'),
  }));
}

/** Did `rule` flag this rep: a cue from the rest before it to just after the rest after it, or the rep over its top lists the rule? */
function flaggedAt(analysis: TrackAnalysis, w: FaultWindow, rule: string): boolean {
  return analysis.events.some(
    (e) =>
      (e.type === 'fault' && e.rule === rule && e.t >= w.from && e.t <= w.to + CUE_LATENCY) ||
      (e.type === 'rep' && e.faults.includes(rule) && e.start <= w.end && e.end >= w.start),
  );
}

/**
 * Was the person seen at rest before this top? A clip that starts with the person already up shows
 * no start pose, which the engine waits for before it judges a rep, so such a top is not judged.
 */
const startSeen = (w: FaultWindow) => w.from < w.start;

export interface InjectionResult {
  injector: FaultInjector;
  /** Per top: was the injected fault flagged by its rule (always false while the rule is null). */
  flagged: boolean[];
  /** Per top: did the rule already flag the clean track there (a hit there proves less). */
  flaggedClean: boolean[];
  /** Per top: could the rule be judged there (its limb in view, a start pose before it); recall counts only these. */
  inView: boolean[];
  /** Reps counted with the fault injected (the clean count is the clip's). */
  counted: number;
}

export interface ClipFaults {
  clip: LabelledClip;
  cleanCount: number;
  tops: FaultWindow[];
  /** Every cue the clean replay gave. */
  cues: { rule: string; t: number }[];
  injections: InjectionResult[];
}

export function evaluateClipFaults(clip: LabelledClip, injectors: readonly FaultInjector[] = FAULT_INJECTORS): ClipFaults | null {
  const { track, labels } = clip;
  if (!track) return null;
  const clean = replayWithTrace(track, labels.exercise);
  const tops = repTops(clip, clean);
  const injections = injectors
    .filter((inj) => inj.exercise === labels.exercise)
    .map((injector) => {
      const { analysis } = replayWithTrace(injectFault(track, injector, tops), labels.exercise);
      const rule = injector.rule;
      const flags = (a: TrackAnalysis) => tops.map((w) => rule !== null && flaggedAt(a, w, rule));
      const spec = rule === null ? undefined : getExerciseSpec(labels.exercise)?.rules.find((r) => r.id === rule);
      const inView = tops.map((w) => spec !== undefined && startSeen(w) && ruleInView(track, spec, injectedSides(track, injector, w), w));
      return { injector, flagged: flags(analysis), flaggedClean: flags(clean.analysis), inView, counted: analysis.reps };
    });
  return { clip, cleanCount: clean.analysis.reps, tops, cues: clean.analysis.faults, injections };
}
