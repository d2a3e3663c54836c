/** The 33 BlazePose landmarks, in model order (index = position in a PoseFrame's keypoints). */
export const KEYPOINT_NAMES = [
  'nose',
  'left_eye_inner',
  'left_eye',
  'left_eye_outer',
  'right_eye_inner',
  'right_eye',
  'right_eye_outer',
  'left_ear',
  'right_ear',
  'mouth_left',
  'mouth_right',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_pinky',
  'right_pinky',
  'left_index',
  'right_index',
  'left_thumb',
  'right_thumb',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const;

export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** Index of each landmark by name, e.g. `KP.left_hip === 23`. */
export const KP = Object.fromEntries(KEYPOINT_NAMES.map((n, i) => [n, i])) as Record<KeypointName, number>;

/** Bones drawn for the skeleton overlay, as pairs of landmark indices. */
export const BONES: ReadonlyArray<readonly [number, number]> = [
  [KP.left_shoulder, KP.right_shoulder],
  [KP.left_shoulder, KP.left_elbow],
  [KP.left_elbow, KP.left_wrist],
  [KP.right_shoulder, KP.right_elbow],
  [KP.right_elbow, KP.right_wrist],
  [KP.left_shoulder, KP.left_hip],
  [KP.right_shoulder, KP.right_hip],
  [KP.left_hip, KP.right_hip],
  [KP.left_hip, KP.left_knee],
  [KP.left_knee, KP.left_ankle],
  [KP.right_hip, KP.right_knee],
  [KP.right_knee, KP.right_ankle],
  [KP.left_ankle, KP.left_heel],
  [KP.left_heel, KP.left_foot_index],
  [KP.left_ankle, KP.left_foot_index],
  [KP.right_ankle, KP.right_heel],
  [KP.right_heel, KP.right_foot_index],
  [KP.right_ankle, KP.right_foot_index],
  [KP.left_wrist, KP.left_index],
  [KP.right_wrist, KP.right_index],
  [KP.left_ear, KP.left_eye],
  [KP.left_eye, KP.nose],
  [KP.nose, KP.right_eye],
  [KP.right_eye, KP.right_ear],
  [KP.mouth_left, KP.mouth_right],
];

/** Left/right partner of every landmark: what a horizontal mirror swaps. */
export const MIRROR_INDEX: readonly number[] = KEYPOINT_NAMES.map((name, i) => {
  const swapped = name.startsWith('left_')
    ? name.replace('left_', 'right_')
    : name.startsWith('right_')
      ? name.replace('right_', 'left_')
      : name;
  const j = (KEYPOINT_NAMES as readonly string[]).indexOf(swapped);
  return j < 0 ? i : j;
});
