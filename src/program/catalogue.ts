/**
 * The whole routine from the seed (shared/seed/back-exercises.txt), 34 exercises in the seed's
 * order, with the seed's own instructions. Ids follow shared/design/exercise-ids.md. Only some of
 * them are counted by the camera (src/exercises lists those); the rest are shown as plain
 * instructions so the routine stays complete.
 */
export type RoutineGroup = 'warm-up' | 'main' | 'straightening';
export type CameraView = 'side' | 'front';

export interface CatalogueTarget {
  kind: 'reps' | 'hold';
  sets: number;
  reps: number;
  /** Seconds each lift is held (hold exercises only). */
  holdSeconds?: number;
}

export interface CatalogueEntry {
  id: string;
  name: string;
  group: RoutineGroup;
  /** The seed's instruction, lightly trimmed. */
  instructions: string;
  target: CatalogueTarget;
  /** Where the camera should look from, for the exercises the camera can follow. */
  view: CameraView;
}

const reps = (sets = 2, n = 5): CatalogueTarget => ({ kind: 'reps', sets, reps: n });
const hold = (seconds: number, sets = 2, n = 5): CatalogueTarget => ({ kind: 'hold', sets, reps: n, holdSeconds: seconds });

export const CATALOGUE: readonly CatalogueEntry[] = [
  // Warm-up: "Each exercise should be performed in two sets, five times."
  { id: 'breathing-reset', name: 'Breathing reset', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Stand straight, relax all the muscles, take a deep breath and exhale.' },
  { id: 'head-tilts', name: 'Head tilts', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Tilt your head to the left, right, back and forth. Do it slowly and smoothly.' },
  { id: 'shoulder-circles', name: 'Shoulder circles', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Circle your shoulders forward and backward.' },
  { id: 'shoulder-shrugs', name: 'Shoulder shrugs', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Raise your shoulders up and lower them down.' },
  { id: 'arm-swings', name: 'Arm swings', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Wave your arms up and down. Springy swings forward and backward.' },
  { id: 'arm-circles', name: 'Arm circles', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Circle your arms forward and backward.' },
  { id: 'twist-swings', name: 'Twist swings', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Swing your arms while turning the body 180 degrees.' },
  { id: 'hip-circles', name: 'Hip circles', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Circle your hips to the left and to the right.' },
  { id: 'toe-touch-bend', name: 'Toe-touch bend', group: 'warm-up', view: 'side', target: reps(),
    instructions: 'Lean forward and bend over so that your fingertips touch the floor.' },
  { id: 'walk-in-place', name: 'Walk in place', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Walk in place.' },
  { id: 'run-in-place', name: 'Run in place', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Run in place.' },
  { id: 'back-tilts', name: 'Back tilts', group: 'warm-up', view: 'side', target: reps(),
    instructions: 'Tilt your upper body back, gently.' },
  { id: 'breath-arm-raise', name: 'Breath and arm raise', group: 'warm-up', view: 'front', target: reps(),
    instructions: 'Take a deep breath and raise both hands up at the same time. Exhale and lower your arms.' },

  // Main set: "every day for 2 sets and 5 times".
  { id: 'prone-head-raise', name: 'Prone head raise', group: 'main', view: 'side', target: hold(10),
    instructions:
      'Lie on your stomach, hands along the body, legs together. Raise your head, looking into the distance, and hold for 10 seconds.' },
  { id: 'superman', name: 'Superman', group: 'main', view: 'side', target: hold(15),
    instructions: 'Lying on your stomach, raise your legs and shoulders as far as your back allows and hold for 15 seconds.' },
  { id: 'prone-head-leg-raise', name: 'Prone head and leg raise', group: 'main', view: 'side', target: reps(),
    instructions: 'Lying on your stomach, raise your head and legs at the same time.' },
  { id: 'supine-knee-reach', name: 'Supine knee reach', group: 'main', view: 'side', target: reps(),
    instructions: 'Lie on your back and bend your knees. Stretch your palms towards your knees.' },
  { id: 'cross-crunch', name: 'Cross crunch', group: 'main', view: 'front', target: reps(),
    instructions: 'Lying on your back, touch the left knee with the right elbow and then the other way round. The other hand stays on the floor.' },
  { id: 'bicycle-crunch', name: 'Bicycle crunch', group: 'main', view: 'front', target: reps(),
    instructions: 'Lying on your back, raise a leg and reach for that knee with your elbow. Change sides in turn.' },
  { id: 'back-extension', name: 'Back extension', group: 'main', view: 'side', target: reps(),
    instructions: 'Lie on your stomach, fix your legs, lock your hands behind your head. Bend your back up as high as you can.' },
  { id: 'seated-arm-sweeps', name: 'Seated arm sweeps', group: 'main', view: 'front', target: reps(),
    instructions: 'Sit on the floor with crossed legs. Swing your arms up and down to touch the floor with your hands.' },
  { id: 'kneeling-arm-circles', name: 'Kneeling arm circles', group: 'main', view: 'front', target: reps(),
    instructions: 'Kneel. Raise your right hand up, take your left hand to the side and circle it. Change hands after 5 times.' },
  { id: 'seated-forward-lean', name: 'Seated forward lean', group: 'main', view: 'side', target: reps(),
    instructions:
      'Sit with legs shoulder-width apart, arms bent at chest level. Straighten the arms without lowering them and lean forward as deep as you can.' },
  { id: 'standing-roll-down', name: 'Standing roll-down', group: 'main', view: 'side', target: reps(),
    instructions:
      'Stand straight, arms up, stomach pulled in. Slowly bend until your fingertips touch the floor, then slowly come back up. Keep the stomach pulled in.' },
  { id: 'standing-cat-arch', name: 'Standing cat arch', group: 'main', view: 'side', target: reps(),
    instructions: 'Stand straight with the stomach drawn in. Lean and arch your back forward like a cat, arms relaxed.' },
  { id: 'standing-torso-bends', name: 'Standing torso bends', group: 'main', view: 'side', target: reps(),
    instructions: 'On straight legs, bend the torso: going down, hands up and head down; coming up, arms straight in front of you.' },
  { id: 'standing-floor-swings', name: 'Standing floor swings', group: 'main', view: 'side', target: reps(),
    instructions:
      'Stomach tight, feet shoulder-width apart. Lean and swing your arms to touch the floor as far behind you as you can, then as far in front as you can.' },
  { id: 'pike-raise', name: 'Pike raise', group: 'main', view: 'side', target: reps(),
    instructions:
      'Kneel and lean on the floor on straight arms. Raise the pelvis on straight legs, weight on the hands, then return.' },
  { id: 'prone-leg-swings', name: 'Prone leg swings', group: 'main', view: 'side', target: reps(),
    instructions: 'Lie on your stomach, arms folded under your head. Keep the legs straight and swing them in turn.' },
  { id: 'glute-bridge', name: 'Glute bridge', group: 'main', view: 'side', target: reps(),
    instructions:
      'Lie on your back, knees bent, arms along the body. Raise the pelvis until pelvis, knees and torso are in one line, then lower it.' },

  // Straightening exercises.
  { id: 'bird-dog', name: 'Bird-dog', group: 'straightening', view: 'side', target: hold(3),
    instructions:
      'Kneel on straight arms. Raise one straight leg and stretch the opposite straight arm forward: arm, torso, head and leg in one line. Hold, then change sides. Start with 3 seconds and build up to 30.' },
  { id: 'standing-torso-turns', name: 'Standing torso turns', group: 'straightening', view: 'front', target: reps(),
    instructions: 'Stand straight, arms bent at chest level. Turn the torso, swinging the arm back.' },
  { id: 'wheel-bridge', name: 'Wheel bridge', group: 'straightening', view: 'side', target: reps(),
    instructions: 'From lying on your back, push up into a bridge. Bend only as deep as your back allows.' },
  { id: 'match-pickup', name: 'Match pick-up', group: 'straightening', view: 'side', target: reps(),
    instructions: 'Scatter a box of matches on the floor. Bend down for each match and pick it up with both hands.' },
];

export const GROUP_TITLES: Record<RoutineGroup, string> = {
  'warm-up': 'Warm-up',
  main: 'Main set',
  straightening: 'Straightening',
};

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
