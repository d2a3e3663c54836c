/** Synthetic world points of a body lying face down, for the tests of readings in the world (not evidence of accuracy). */
import { KP } from '../track/keypoint-names';
import type { WorldPoint } from '../track/track';
import { PoseFeatures } from './pose-features';
import { RestPose } from './rest-pose';

/** A body lying face down along world x (head at +x), left side towards the camera; y points down. */
export function lyingWorld(chestLiftDegrees = 0, legLiftDegrees = 0): WorldPoint[] {
  const w: WorldPoint[] = Array.from({ length: 33 }, () => [0, 0, 0]);
  const lift = (length: number, degrees: number, towards: 1 | -1): [number, number] => {
    const r = (degrees * Math.PI) / 180;
    return [towards * length * Math.cos(r), -length * Math.sin(r)];
  };
  for (const [side, z] of [['left', -0.12], ['right', 0.12]] as const) {
    const [sx, sy] = lift(0.5, chestLiftDegrees, 1);
    const [ax, ay] = lift(0.9, legLiftDegrees, -1);
    const [kx, ky] = lift(0.45, legLiftDegrees, -1);
    w[KP[`${side}_hip`]] = [0, 0, z];
    w[KP[`${side}_shoulder`]] = [sx, sy, z];
    w[KP[`${side}_knee`]] = [kx, ky, z];
    w[KP[`${side}_ankle`]] = [ax, ay, z];
  }
  return w;
}

/** The same points seen by a camera `degrees` higher, looking down onto the person (a turn about world x). */
export function pitched(w: readonly WorldPoint[], degrees: number): WorldPoint[] {
  const r = (degrees * Math.PI) / 180;
  return w.map(([x, y, z]) => [x, y * Math.cos(r) - z * Math.sin(r), y * Math.sin(r) + z * Math.cos(r)]);
}

/** The features of a frame whose picture is the world points' own x and y (a camera along their axes). */
export function featuresOf(world: WorldPoint[]): PoseFeatures {
  const f = new PoseFeatures().set(world.map((p) => p[0]), world.map((p) => p[1]), world.map(() => 1), 'left');
  f.world = world;
  return f;
}

/** Keeps that frame as the rest. */
export function recordRest(rest: RestPose, world: WorldPoint[]): void {
  rest.record(world.map((p) => p[0]), world.map((p) => p[1]), world.map(() => 1), world);
}

/**
 * The features of any later frame, read against a rest pose that has kept these frames in turn (the
 * first learns the floor plane, a later one may be a lift the count missed).
 */
export function afterRests(...rests: WorldPoint[][]): (world: WorldPoint[]) => PoseFeatures {
  const rest = new RestPose();
  for (const r of rests) recordRest(rest, r);
  return (world) => {
    const f = featuresOf(world);
    f.rest = rest.features;
    return f;
  };
}
