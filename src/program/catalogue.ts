/**
 * The whole routine from the seed (shared/seed/back-exercises.txt): 34 exercises in the seed's
 * order and groups. Ids follow shared/design/exercise-ids.md. An exercise the camera follows is
 * named here by id only, because its spec (src/exercises) holds everything about it; the others
 * carry the seed's words until they get a spec, so the routine stays complete.
 */
export type RoutineGroup = 'warm-up' | 'main' | 'straightening';

/** An exercise of the routine without a spec yet: the seed's name and instruction, lightly trimmed. */
export interface SeedWords {
  id: string;
  name: string;
  instructions: string;
}

export interface CatalogueEntry {
  id: string;
  group: RoutineGroup;
  /** The seed's words, for exercises without a spec; null when the spec has them. */
  seed: SeedWords | null;
}

const seed = (id: string, name: string, instructions: string): SeedWords => ({ id, name, instructions });

/** An id (the spec has the facts) or the seed's words (no spec yet), in the routine's order. */
const ROUTINE: Record<RoutineGroup, readonly (string | SeedWords)[]> = {
  // "Each exercise should be performed in two sets, five times."
  'warm-up': [
    seed('breathing-reset', 'Breathing reset', 'Stand straight, relax all the muscles, take a deep breath and exhale.'),
    seed('head-tilts', 'Head tilts', 'Tilt your head to the left, right, back and forth. Do it slowly and smoothly.'),
    'shoulder-circles',
    'shoulder-shrugs',
    'arm-swings',
    'arm-circles',
    seed('twist-swings', 'Twist swings', 'Swing your arms while turning the body 180 degrees.'),
    'hip-circles',
    'toe-touch-bend',
    'walk-in-place',
    'run-in-place',
    'back-tilts',
    'breath-arm-raise',
  ],
  // "every day for 2 sets and 5 times".
  main: [
    'prone-head-raise',
    'superman',
    'prone-head-leg-raise',
    'supine-knee-reach',
    seed(
      'cross-crunch',
      'Cross crunch',
      'Lying on your back, touch the left knee with the right elbow and then the other way round. The other hand stays on the floor.',
    ),
    'bicycle-crunch',
    'back-extension',
    'seated-arm-sweeps',
    seed(
      'kneeling-arm-circles',
      'Kneeling arm circles',
      'Kneel. Raise your right hand up, take your left hand to the side and circle it. Change hands after 5 times.',
    ),
    'seated-forward-lean',
    'standing-roll-down',
    'standing-cat-arch',
    'standing-torso-bends',
    seed(
      'standing-floor-swings',
      'Standing floor swings',
      'Stomach tight, feet shoulder-width apart. Lean and swing your arms to touch the floor as far behind you as you can, then as far in front as you can.',
    ),
    'pike-raise',
    'prone-leg-swings',
    'glute-bridge',
  ],
  straightening: [
    'bird-dog',
    'standing-torso-turns',
    seed(
      'wheel-bridge',
      'Wheel bridge',
      'From lying on your back, push up into a bridge. Bend only as deep as your back allows.',
    ),
    'match-pickup',
  ],
};

export const CATALOGUE: readonly CatalogueEntry[] = (Object.keys(ROUTINE) as RoutineGroup[]).flatMap((group) =>
  ROUTINE[group].map((item) => (typeof item === 'string' ? { id: item, group, seed: null } : { id: item.id, group, seed: item })),
);

export const GROUP_TITLES: Record<RoutineGroup, string> = {
  'warm-up': 'Warm-up',
  main: 'Main set',
  straightening: 'Straightening',
};

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
