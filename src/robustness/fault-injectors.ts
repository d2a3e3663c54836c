/**
 * The faults the fault evaluation injects (issue 14), as data: which joint a body segment turns
 * about, which landmarks turn with it, about which body axis, and which way relative to the torso
 * line (or back to where the segment was at rest). inject-fault.ts runs any of them.
 */

/** Limb landmarks by side-free name (BlazePose's `left_`/`right_` names without the side). */
export const LIMB = ['shoulder', 'elbow', 'wrist', 'pinky', 'index', 'thumb', 'hip', 'knee', 'ankle', 'heel', 'foot_index'] as const;
export type Limb = (typeof LIMB)[number];
/** `knee` is the working side's, `opposite_knee` the other's; `head` is the 11 face landmarks. */
export type PartRef = Limb | `opposite_${Limb}` | 'head';

/**
 * A body segment turned about a joint. `across` is the body's left-right axis (the segment bends
 * in the body's own plane, the one a side view sees); `along` is the torso line (the segment rolls).
 */
export interface SegmentTurn {
  /** Landmarks whose centroid is the joint. */
  pivot: PartRef[];
  /** Landmarks that turn with the segment (everything beyond the joint, so bones keep their length). */
  chain: PartRef[];
  axis: 'across' | 'along';
  /** The landmark whose move says which way the turn goes. */
  lead: PartRef;
  /**
   * Degrees towards the floor side or the ceiling side of the torso line, or the way the joint
   * flexes (`flex`: a joint kept bent through a movement that goes round, where floor and ceiling
   * swap sides every half turn), or `rest`: back to the direction the lead had at the rep's start
   * (a limb left down).
   */
  turn: { degrees: number; towards: 'floor' | 'ceiling' | 'flex' } | 'rest';
}

export interface FaultInjector {
  exercise: string;
  fault: string;
  what: string;
  /** The rule id that should flag it; null while the spec has no rule for it. */
  rule: string | null;
  /**
   * `each`: the turns run on the left side, then on the right (both legs); `one`: once, with the
   * working side being the raised leg's (the higher knee), as bird-dog's rules name it.
   */
  sides: 'each' | 'one';
  /** Applied in order, each to the pose the previous one left. */
  turns: SegmentTurn[];
}

const LEG: PartRef[] = ['knee', 'ankle', 'heel', 'foot_index'];
const OTHER_LEG: PartRef[] = ['opposite_knee', 'opposite_ankle', 'opposite_heel', 'opposite_foot_index'];
const ARM: PartRef[] = ['elbow', 'wrist', 'pinky', 'index', 'thumb'];
const OTHER_ARM: PartRef[] = ['opposite_elbow', 'opposite_wrist', 'opposite_pinky', 'opposite_index', 'opposite_thumb'];
const SHOULDERS: PartRef[] = ['shoulder', 'opposite_shoulder'];
const HIPS: PartRef[] = ['hip', 'opposite_hip'];

const legTurn = (degrees: number, towards: 'floor' | 'ceiling'): SegmentTurn => ({
  pivot: ['hip'],
  chain: LEG,
  axis: 'across',
  lead: 'knee',
  turn: { degrees, towards },
});
const headTurn = (degrees: number, towards: 'floor' | 'ceiling'): SegmentTurn => ({
  pivot: SHOULDERS,
  chain: ['head'],
  axis: 'across',
  lead: 'head',
  turn: { degrees, towards },
});

export const FAULT_INJECTORS: readonly FaultInjector[] = [
  {
    exercise: 'glute-bridge',
    fault: 'hips-low',
    what: 'hips 25° under the shoulder-knee line (thighs turned up about the hips; the torso, which the count reads, unchanged)',
    rule: 'hips-low',
    sides: 'each',
    turns: [legTurn(25, 'ceiling')],
  },
  {
    exercise: 'glute-bridge',
    fault: 'over-arch',
    what: 'hips pushed 25° past the shoulder-knee line (thighs turned down about the hips)',
    rule: 'over-arch',
    sides: 'each',
    turns: [legTurn(25, 'floor')],
  },
  {
    exercise: 'bird-dog',
    fault: 'leg-low',
    what: 'raised leg held 35° below the torso line',
    rule: 'leg-low',
    sides: 'one',
    turns: [legTurn(35, 'floor')],
  },
  {
    exercise: 'bird-dog',
    fault: 'leg-bent',
    what: 'raised leg bent 60° at the knee',
    rule: 'leg-bent',
    sides: 'one',
    turns: [{ pivot: ['knee'], chain: ['ankle', 'heel', 'foot_index'], axis: 'across', lead: 'ankle', turn: { degrees: 60, towards: 'floor' } }],
  },
  {
    exercise: 'bird-dog',
    fault: 'arm-low',
    what: 'raised arm held 35° below the torso line',
    rule: 'arm-low',
    sides: 'one',
    turns: [{ pivot: ['opposite_shoulder'], chain: OTHER_ARM, axis: 'across', lead: 'opposite_wrist', turn: { degrees: 35, towards: 'floor' } }],
  },
  {
    exercise: 'bird-dog',
    fault: 'hips-sag',
    what: 'hips sunk 20° (torso turned down about the shoulders, legs turned back to their own direction)',
    rule: 'hips-sag',
    sides: 'one',
    turns: [
      { pivot: SHOULDERS, chain: [...HIPS, ...LEG, ...OTHER_LEG], axis: 'across', lead: 'hip', turn: { degrees: 20, towards: 'floor' } },
      legTurn(20, 'ceiling'),
      { pivot: ['opposite_hip'], chain: OTHER_LEG, axis: 'across', lead: 'opposite_knee', turn: { degrees: 20, towards: 'ceiling' } },
    ],
  },
  {
    exercise: 'bird-dog',
    fault: 'hips-rolled',
    what: 'pelvis rolled 30° about the torso line, the raised leg’s hip up',
    rule: 'hips-twist',
    sides: 'one',
    turns: [{ pivot: HIPS, chain: [...HIPS, ...LEG, ...OTHER_LEG], axis: 'along', lead: 'hip', turn: { degrees: 30, towards: 'ceiling' } }],
  },
  {
    exercise: 'bird-dog',
    fault: 'head-drop',
    what: 'head dropped 35° below the torso line',
    rule: 'head-drop',
    sides: 'one',
    turns: [headTurn(35, 'floor')],
  },
  {
    exercise: 'superman',
    fault: 'legs-down',
    what: 'legs left down (turned back to where they were at the rep’s start)',
    rule: 'legs-down',
    sides: 'each',
    turns: [{ pivot: ['hip'], chain: LEG, axis: 'across', lead: 'ankle', turn: 'rest' }],
  },
  {
    exercise: 'superman',
    fault: 'chest-down',
    what: 'chest, arms and head left down (turned back about the hips to where they were at the rep’s start)',
    rule: 'chest-down',
    sides: 'one',
    turns: [{ pivot: HIPS, chain: [...SHOULDERS, ...ARM, ...OTHER_ARM, 'head'], axis: 'across', lead: 'shoulder', turn: 'rest' }],
  },
  {
    exercise: 'arm-circles',
    fault: 'bent-arms',
    what: 'both elbows bent 70°, the same way all round the circle (forearms turned about the elbows)',
    rule: 'bent-arms',
    sides: 'each',
    turns: [{ pivot: ['elbow'], chain: ['wrist', 'pinky', 'index', 'thumb'], axis: 'across', lead: 'wrist', turn: { degrees: 70, towards: 'flex' } }],
  },
  {
    exercise: 'wheel-bridge',
    fault: 'hips-low',
    what: 'hips sunk 25° (hips and legs turned down about the shoulders)',
    rule: 'hips-low',
    sides: 'one',
    turns: [{ pivot: SHOULDERS, chain: [...HIPS, ...LEG, ...OTHER_LEG], axis: 'across', lead: 'hip', turn: { degrees: 25, towards: 'floor' } }],
  },
  {
    exercise: 'prone-head-raise',
    fault: 'head-not-raised',
    what: 'head raised 30° less',
    rule: 'head-low',
    sides: 'one',
    turns: [headTurn(30, 'floor')],
  },
  {
    exercise: 'prone-head-raise',
    fault: 'head-cranked',
    what: 'head cranked 30° further up',
    rule: 'head-cranked',
    sides: 'one',
    turns: [headTurn(30, 'ceiling')],
  },
];
