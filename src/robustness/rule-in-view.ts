/**
 * Could a rule be judged at a top at all? A rule about a limb the camera does not see (hidden
 * behind the body, past the frame's edge) rightly says nothing, so such a top counts neither for
 * nor against the rule's recall; the report lists how many there were. The rule's landmarks, on a
 * side the fault is injected on, must be usable (seen, or unsure but plausibly placed: the
 * engine's own test) in at least half of the clean track's frames over the top.
 */
import type { Side } from '../engine/events';
import type { FormRule } from '../engine/exercise-spec';
import { LANDMARKS } from '../engine/body-parts';
import { isUsable } from '../engine/plausible-landmark';
import { trackAspect } from '../engine/analyze-track';
import type { PoseTrack } from '../track/track';
import type { FaultWindow } from './inject-fault';

const MIN_SEEN_SHARE = 0.5;

export function ruleInView(track: PoseTrack, rule: FormRule, sides: readonly Side[], w: FaultWindow): boolean {
  const aspect = trackAspect(track);
  const frames = track.frames.filter((f) => f.t >= w.start && f.t <= w.end && f.keypoints);
  if (!frames.length) return false;
  return sides.some((side) => {
    const seen = frames.filter((f) => rule.landmarks.every((r) => isUsable(f.keypoints!, LANDMARKS[side][r], aspect)));
    return seen.length >= MIN_SEEN_SHARE * frames.length;
  });
}
