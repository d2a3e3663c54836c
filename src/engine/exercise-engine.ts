/**
 * The exercise engine: PoseFrames in, EngineEvents out. Per frame it runs the stages in order:
 * smoothing (One Euro) -> side choice -> visibility and posture gate -> features -> progress signal
 * (rescaled above the learnt rest level) -> phase machine -> rep counter / hold timer -> form rules. Everything is a pure function of the
 * frames and their timestamps, so replaying a recorded track gives exactly the live events.
 */
import type { Keypoint, PoseFrame } from '../track/track';
import type { EngineEvent, EngineSnapshot, FramingStatus, Side } from './events';
import type { BodyRef } from './body-parts';
import type { ExerciseSpec, FormRule } from './exercise-spec';
import { KeypointSmoother } from './keypoint-smoother';
import { FloorFrame } from './floor-frame';
import { RestPose } from './rest-pose';
import { ViewMonitor } from './view-monitor';
import { VisibleSideChooser } from './choose-visible-side';
import { PoseFeatures } from './pose-features';
import { PhaseMachine } from './phase-machine';
import { RestBaseline } from './rest-baseline';
import { PersonRange } from './person-range';
import { RepCounter, type RepSummary } from './rep-counter';
import { HoldTimer } from './hold-timer';
import { FormRuleEvaluator } from './form-rules';
import { SignalNoise } from './signal-noise';
import { topSince } from './at-top';
import { FramingMonitor } from './framing';
import { unusableLandmarks } from './plausible-landmark';
import { CycleCounter, DEFAULT_CYCLE_COUNTER, type Cycle } from './cycle-counter';
import { CycleRep } from './cycle-rep';
import { cycleRepEvent, faultEvent, repEvent } from './rep-events';
import { floorSupports, sideIndexes } from './spec-landmarks';
import { hipCentre, keypointTorsoLength } from './torso-length';

export interface ExerciseEngineOptions {
  /** Hold target in seconds for hold exercises (clamped to the spec's range). */
  holdSeconds?: number;
  /** Frame width / height: keypoints are normalised per axis, so angles need it. Default 16:9. */
  aspect?: number;
}

export interface ExerciseEngine {
  push(frame: PoseFrame): EngineEvent[];
  snapshot(): EngineSnapshot;
  /** Closes a hold or rep left open at the end of the source. */
  finish(): EngineEvent[];
  readonly spec: ExerciseSpec;
}

/** After this long without a usable frame, a rep in progress is dropped and the start pose awaited again. */
const RESET_AFTER_SECONDS = 3;
/** A tracking gap shorter than this neither restarts the enter/exit dwell timers nor the rules' timers. */
const GAP_TOLERANCE_SECONDS = 0.5;
const HOLD_PROGRESS_EVERY = 0.5;
const DEFAULT_ASPECT = 16 / 9;
/** A hold is timed while the signal stays within this much of the rep's peak (~10% of the range). */
const DEFAULT_PLATEAU_DROP = 0.03;
/** The floor is learnt only this close to the rest (a share of the exit level): supports down, not half-way up. */
const FLOOR_REST_SHARE = 0.5;
/** The start pose is kept only this close to the rest (a share of the exit level): nothing half-lifted. */
const REST_POSE_SHARE = 0.25;
/** The exit level rises with a rep's own peak up to this many times. */
const MAX_EXIT_SCALE = 3;

export function runExerciseEngine(spec: ExerciseSpec, options: ExerciseEngineOptions = {}): ExerciseEngine {
  const aspect = options.aspect ?? DEFAULT_ASPECT;
  const smoother = new KeypointSmoother(aspect);
  const sideChooser = new VisibleSideChooser();
  const features = new PoseFeatures();
  const machine = new PhaseMachine(spec.phases);
  const restBaseline = new RestBaseline();
  const personRange = new PersonRange();
  const reps = new RepCounter(spec.phases.exit, spec.plateauDrop ?? DEFAULT_PLATEAU_DROP);
  const rules = new FormRuleEvaluator(spec.rules);
  const noise = new SignalNoise();
  const framing = new FramingMonitor();
  const cycles = spec.cycles && new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: spec.cycles.minAmplitude, countAt: spec.cycles.countAt, centred: spec.cycles.centred, minSwingSeconds: spec.cycles.minSwingSeconds, maxSwingSeconds: spec.cycles.maxSwingSeconds ?? DEFAULT_CYCLE_COUNTER.maxSwingSeconds });
  const cycleRepSoFar = new CycleRep();
  const holdTimer = spec.hold
    ? new HoldTimer({
        targetSeconds: Math.min(Math.max(options.holdSeconds ?? spec.hold.targetSeconds, 1), spec.hold.maxSeconds),
        graceSeconds: spec.hold.graceSeconds,
        progressEvery: HOLD_PROGRESS_EVERY,
      })
    : null;
  const resetAfter = Math.max(RESET_AFTER_SECONDS, spec.hold?.graceSeconds ?? 0);
  const floor = new FloorFrame({ holdThroughLift: spec.floor?.liftInRep });
  const restPose = new RestPose();
  const viewMonitor = new ViewMonitor(spec.view);
  const supports = spec.floor && floorSupports(spec.floor);
  const required = sideIndexes(spec.landmarks);

  let t = 0;
  let lastActive = -Infinity;
  let workingSide: Side | null = null;
  let signal: number | null = null;
  let metric: number | null = null;
  let status: FramingStatus = 'ok';
  /** Rules broken during the rep in progress (reported or not: cooldowns only silence the voice). */
  let repFaults: FormRule[] = [];

  const landmarkIndex = (ref: BodyRef) => features.index(ref);
  const fault = (rule: FormRule) => faultEvent(rule, t, landmarkIndex);

  function endRep(rep: RepSummary, finished: boolean, events: EngineEvent[]): void {
    holdTimer?.retime(rep.topStart);
    const hold = holdTimer?.end(rep.topEnd) ?? null;
    if (hold) events.push(hold);
    const broken = rules.checkRep({
      rep,
      holdSeconds: hold?.seconds ?? null,
      holdTarget: holdTimer?.config.targetSeconds ?? null,
      finished,
    });
    for (const rule of broken) events.push(fault(rule));
    personRange.endRep(finished);
    const faults = [...new Set([...repFaults, ...broken])];
    repFaults = [];
    const held = hold ? { seconds: hold.seconds, target: hold.target } : null;
    events.push(repEvent({ t, index: reps.count, start: rep.start, end: rep.end, peak: rep.peak, hold: held, faults, side: workingSide }));
  }

  /** A cycle of a movement that goes round is a rep with the faults seen since the last one. */
  function cycleRep(cycle: Cycle, events: EngineEvent[], finished = true): void {
    const broken = rules.checkRep({ rep: cycleRepSoFar.close(cycle), holdSeconds: null, holdTarget: null, finished });
    for (const rule of broken) events.push(fault(rule));
    const faults = [...new Set([...repFaults, ...broken])];
    repFaults = [];
    events.push(cycleRepEvent(cycle, t, cycles!.count, faults, spec.cycles?.directions));
  }

  /** A frame without a usable pose: nothing moves, but a long enough gap ends what was open. */
  function pause(events: EngineEvent[]): void {
    cycles?.gap(t);
    // Tell the live view once that the hold clock is stopped while the person cannot be seen.
    if (signal !== null && holdTimer?.active) events.push(holdTimer.interrupted(t));
    signal = null;
    metric = null;
    reps.pause();
    const open = reps.open();
    if (open && holdTimer?.lapsed(t)) {
      const rep = reps.close(holdTimer.lastSeen);
      if (rep) endRep(rep, false, events);
      machine.reset();
    } else if (t - lastActive > resetAfter && machine.phase !== 'waiting') {
      forgetView();
    }
  }

  /** The person is seen afresh (back after a long gap, or through a moved camera): drop the rep in progress, re-learn rest and floor. */
  function forgetView(): void {
    reps.discard();
    repFaults = [];
    machine.reset();
    restBaseline.reset();
    floor.reset();
    restPose.reset();
  }

  function cameraCut(k: readonly Keypoint[]) {
    const [hx, hy] = hipCentre(k, aspect);
    return viewMonitor.cut(t, hx, hy, Math.max(keypointTorsoLength(k, aspect), 1e-6));
  }

  function step(frame: PoseFrame, events: EngineEvent[]): void {
    const keypoints = frame.keypoints;
    if (!keypoints) {
      status = 'no-person';
      return pause(events);
    }
    const viewEvent = viewMonitor.update(t, frame.world);
    if (viewEvent) events.push(viewEvent);
    const cut = cameraCut(keypoints);
    if (cut) {
      // A new view of the person: what was learnt about the old one no longer holds, and the jump is no lift.
      events.push(cut);
      smoother.reset();
      rules.pause();
      forgetView();
    }
    smoother.update(keypoints, t);
    const nearSide = sideChooser.update(keypoints);
    // Near rest (the last frame's signal low, or none yet) the supports are down.
    const nearRest = machine.phase !== 'up' && (signal === null || signal <= FLOOR_REST_SHARE * spec.phases.exit);
    const guess = supports && floor.tilt === null ? floor.standIn(floor.reading(smoother.xs, smoother.ys, supports[nearSide].from, supports[nearSide].to), nearRest) : null;
    floor.level(smoother.xs, smoother.ys, guess ?? 0);
    features.set(floor.xs, floor.ys, smoother.scores, nearSide).setRaw(keypoints, aspect, frame.world ?? null);
    // The working side of an alternating exercise is decided at rest and kept through the lift.
    if (spec.workingSide && machine.phase !== 'up') workingSide = spec.workingSide(features);
    const side = workingSide ?? nearSide;
    features.setSide(side);
    // The floor is learnt at the first rest of this view: a still rest has been seen (not while
    // lying down) and the signal is near it (supports down). The rest was measured against the
    // stand-in line until then, so it moves by what the learnt floor changes on this frame.
    let unlevelledReading: number | null = null;
    if (supports && floor.tilt === null && nearRest && restBaseline.level !== null && signal !== null) {
      floor.learn(smoother.xs, smoother.ys, supports[side].from, supports[side].to);
      if (floor.tilt !== null) {
        unlevelledReading = spec.signal(features);
        floor.level(smoother.xs, smoother.ys);
      }
    }

    const hidden = unusableLandmarks(keypoints, required[side], aspect);
    status = hidden.length > 0 ? 'landmarks-hidden' : 'ok';
    const framingEvent = framing.update(t, status, hidden);
    if (framingEvent) events.push(framingEvent);
    if (hidden.length > 0 || !spec.posture(features)) return pause(events);

    if (t - lastActive > GAP_TOLERANCE_SECONDS) {
      machine.pause();
      rules.pause();
      restBaseline.breakWindow();
    }
    lastActive = t;
    const reading = spec.signal(features);
    if (unlevelledReading !== null) restBaseline.shift(reading - unlevelledReading);
    signal = personRange.scale(restBaseline.apply(t, reading, machine.phase !== 'up'));
    metric = spec.metric.measure(features);
    // The person's own start pose, for rules that read a lift from it: kept while resting, supports down.
    if (machine.phase !== 'up' && signal <= REST_POSE_SHARE * spec.phases.exit) {
      restPose.record(floor.xs, floor.ys, smoother.scores, frame.world ?? null);
      rules.rearm();
    }
    features.rest = restPose.features;
    // A rep that went past the person's range (the first one, or a view that stretches lifts) is
    // left at the same fraction of its own height.
    const peakSoFar = reps.open()?.peak ?? 1;
    const transition = machine.update(t, signal, Math.min(MAX_EXIT_SCALE, Math.max(1, peakSoFar)));
    if (cycles && spec.cycles) {
      // A circle or swing has no single top: its `top` rules are judged all through, as if at the top from the start.
      for (const rule of rules.check(t, machine.phase, -Infinity, features)) events.push(fault(rule));
      rules.collectActive(repFaults);
      cycleRepSoFar.update(t, signal, metric);
      const cycle = cycles.update(t, spec.cycles.value(features), spec.cycles.across?.(features) ?? 0);
      if (cycle) cycleRep(cycle, events);
      return;
    }
    const done = reps.update(t, signal, metric, transition);
    const open = reps.open();
    if (transition?.to === 'up') noise.restart();
    if (open) noise.push(signal);
    if (holdTimer && open) {
      if (!holdTimer.active) events.push(holdTimer.begin(open.topStart, t));
      else holdTimer.retime(open.topStart);
    }

    const top = open && topSince(signal, open, spec.phases.enter, noise.sigma);
    for (const rule of rules.check(t, machine.phase, top, features)) events.push(fault(rule));
    if (open) rules.collectActive(repFaults);
    if (holdTimer?.active && machine.phase === 'up') {
      const progress = holdTimer.hold(t);
      if (progress) events.push(progress);
    }
    if (done) endRep(done, true, events);
  }

  return {
    spec,
    push(frame) {
      const events: EngineEvent[] = [];
      t = frame.t;
      if (!frame.keypoints) {
        const framingEvent = framing.update(t, 'no-person', []);
        if (framingEvent) events.push(framingEvent);
      }
      step(frame, events);
      return events;
    },
    finish() {
      const events: EngineEvent[] = [];
      const last = cycles?.finish();
      if (last) cycleRep(last, events, false);
      const rep = reps.close(t);
      if (rep) endRep(rep, false, events);
      machine.reset();
      return events;
    },
    snapshot() {
      const holding = !!holdTimer?.active && machine.phase === 'up';
      return {
        t,
        reps: cycles?.count ?? reps.count,
        phase: signal === null ? 'paused' : machine.phase,
        signal,
        metric,
        holding,
        holdSeconds: holdTimer?.active ? holdTimer.seconds(holdTimer.lastSeen) : 0,
        holdTarget: holdTimer?.config.targetSeconds ?? null,
        side: workingSide ?? sideChooser.current(),
        // The settled status: a loss shorter than the gap the count rides out is not shown.
        framing: framing.status,
        activeFaults: rules.frameRules
          .filter((_, i) => rules.active[i])
          .map((r) => ({ rule: r.id, cue: r.cue, landmarks: r.landmarks.map((l) => features.index(l)) })),
      };
    },
  };
}
