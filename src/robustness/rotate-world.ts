/**
 * Right-handed rotation of a world point (BlazePose keypoints3D: x right, y down, z away from the
 * camera, metres about the hip centre) about one camera axis through the hip centre.
 */
import type { WorldPoint } from '../track/track';
import { rotateAbout } from '../engine/vec3';

export type CameraAxis = 'x' | 'y' | 'z';

const AXES: Record<CameraAxis, [number, number, number]> = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };

export const rotateWorld = (p: WorldPoint, axis: CameraAxis, radians: number): WorldPoint => rotateAbout(p, [0, 0, 0], AXES[axis], radians);

export const radians = (degrees: number): number => (degrees * Math.PI) / 180;
