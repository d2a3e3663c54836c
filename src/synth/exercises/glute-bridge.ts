/**
 * Glute bridge: supine, knees bent, feet flat; the pelvis rises until shoulder, hip and knee are in
 * one line, then lowers. The shoulders stay on the floor (anchor). Angles were solved so the ankles
 * stay on the same spot of floor (within ~2 cm through the movement): a faulty bridge changes the
 * hips or the foot placement, not a sliding foot.
 */
import type { RuleId } from '../../engine/exercise-spec';
import type { gluteBridge } from '../../exercises/glute-bridge';
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { ARM_ALONG_BODY, supineBentKneesRest } from './parts/postures';

// Every `end` below is 270° - (thigh + knee flexion): the plantarflexion that keeps the sole flat.

export const gluteBridgeMotion = {
  id: 'glute-bridge',
  front: 'ceiling',
  anchor: 'shoulder',
  rest: supineBentKneesRest(ARM_ALONG_BODY),
  // Top: shoulder-hip-knee straight (torso -23°, thigh 157°), knee at 90°.
  top: { torso: -23, ...both('leg', { upper: 157, bend: 90, end: 23 }) },
  timing: { rise: 1.2, top: 0.6, lower: 1.5, rest: 1.2 },
  faults: {
    'hips-low': {
      description: 'the hips stop 25° short of the shoulder-knee line',
      top: { torso: -11.2, ...both('leg', { upper: 143.8, bend: 100.3, end: 26 }) },
    },
    'over-arch': {
      description: 'the hips rise 20° past the line (lower back arched)',
      top: { torso: -32.3, ...both('leg', { upper: 167.7, bend: 77.5, end: 25 }) },
    },
    'feet-far': {
      description: 'feet placed far from the hips: knee angle ~130° at the top',
      rest: both('leg', { upper: 153.3, bend: 58, end: 59 }),
      top: { torso: -14, ...both('leg', { upper: 166, bend: 50, end: 54 }) },
    },
    'feet-near': {
      description: 'feet placed close to the hips: knee angle ~55° at the top',
      rest: both('leg', { upper: 116.9, bend: 142.1, end: 11 }),
      top: { torso: -24.7, ...both('leg', { upper: 155.3, bend: 125, end: -10 }) },
    },
    'lower-fast': {
      description: 'the hips drop in ~0.25 s instead of a controlled ~1.5 s',
      timing: { lower: 0.25 },
    },
  },
} satisfies MotionSpec<RuleId<typeof gluteBridge>>;
