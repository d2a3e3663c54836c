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
    seed('shoulder-circles', 'Shoulder circles', 'Circle your shoulders forward and backward.'),
    seed('shoulder-shrugs', 'Shoulder shrugs', 'Raise your shoulders up and lower them down.'),
    seed('arm-swings', 'Arm swings', 'Wave your arms up and down. Springy swings forward and backward.'),
    seed('arm-circles', 'Arm circles', 'Circle your arms forward and backward.'),
    seed('twist-swings', 'Twist swings', 'Swing your arms while turning the body 180 degrees.'),
    seed('hip-circles', 'Hip circles', 'Circle your hips to the left and to the right.'),
    seed('toe-touch-bend', 'Toe-touch bend', 'Lean forward and bend over so that your fingertips touch the floor.'),
    seed('walk-in-place', 'Walk in place', 'Walk in place.'),
    seed('run-in-place', 'Run in place', 'Run in place.'),
    seed('back-tilts', 'Back tilts', 'Tilt your upper body back, gently.'),
    seed(
      'breath-arm-raise',
      'Breath and arm raise',
      'Take a deep breath and raise both hands up at the same time. Exhale and lower your arms.',
    ),
  ],
  // "every day for 2 sets and 5 times".
  main: [
    'prone-head-raise',
    'superman',
    seed('prone-head-leg-raise', 'Prone head and leg raise', 'Lying on your stomach, raise your head and legs at the same time.'),
    seed(
      'supine-knee-reach',
      'Supine knee reach',
      'Lie on your back and bend your knees. Stretch your palms towards your knees.',
    ),
    seed(
      'cross-crunch',
      'Cross crunch',
      'Lying on your back, touch the left knee with the right elbow and then the other way round. The other hand stays on the floor.',
    ),
    'bicycle-crunch',
    'back-extension',
    seed(
      'seated-arm-sweeps',
      'Seated arm sweeps',
      'Sit on the floor with crossed legs. Swing your arms up and down to touch the floor with your hands.',
    ),
    seed(
      'kneeling-arm-circles',
      'Kneeling arm circles',
      'Kneel. Raise your right hand up, take your left hand to the side and circle it. Change hands after 5 times.',
    ),
    seed(
      'seated-forward-lean',
      'Seated forward lean',
      'Sit with legs shoulder-width apart, arms bent at chest level. Straighten the arms without lowering them and lean forward as deep as you can.',
    ),
    seed(
      'standing-roll-down',
      'Standing roll-down',
      'Stand straight, arms up, stomach pulled in. Slowly bend until your fingertips touch the floor, then slowly come back up. Keep the stomach pulled in.',
    ),
    seed(
      'standing-cat-arch',
      'Standing cat arch',
      'Stand straight with the stomach drawn in. Lean and arch your back forward like a cat, arms relaxed.',
    ),
    seed(
      'standing-torso-bends',
      'Standing torso bends',
      'On straight legs, bend the torso: going down, hands up and head down; coming up, arms straight in front of you.',
    ),
    seed(
      'standing-floor-swings',
      'Standing floor swings',
      'Stomach tight, feet shoulder-width apart. Lean and swing your arms to touch the floor as far behind you as you can, then as far in front as you can.',
    ),
    seed(
      'pike-raise',
      'Pike raise',
      'Kneel and lean on the floor on straight arms. Raise the pelvis on straight legs, weight on the hands, then return.',
    ),
    seed(
      'prone-leg-swings',
      'Prone leg swings',
      'Lie on your stomach, arms folded under your head. Keep the legs straight and swing them in turn.',
    ),
    'glute-bridge',
  ],
  straightening: [
    'bird-dog',
    seed(
      'standing-torso-turns',
      'Standing torso turns',
      'Stand straight, arms bent at chest level. Turn the torso, swinging the arm back.',
    ),
    seed(
      'wheel-bridge',
      'Wheel bridge',
      'From lying on your back, push up into a bridge. Bend only as deep as your back allows.',
    ),
    seed(
      'match-pickup',
      'Match pick-up',
      'Scatter a box of matches on the floor. Bend down for each match and pick it up with both hands.',
    ),
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
