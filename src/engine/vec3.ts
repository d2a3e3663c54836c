/** Plain 3-vector arithmetic on world points (metres). */
export type Vec3 = readonly [number, number, number];

export const sub = (a: Vec3, b: Vec3): [number, number, number] => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const add = (a: Vec3, b: Vec3): [number, number, number] => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: Vec3, k: number): [number, number, number] => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): [number, number, number] => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);

/** a / |a|, or null for a zero vector. */
export function unit(a: Vec3): [number, number, number] | null {
  const n = norm(a);
  return n > 1e-12 ? scale(a, 1 / n) : null;
}

export function centroid(points: readonly Vec3[]): [number, number, number] {
  return scale(points.reduce<Vec3>((s, p) => add(s, p), [0, 0, 0]), 1 / points.length);
}

/** Rodrigues: p turned by `radians` (right-handed) about the unit `axis` through `pivot`. */
export function rotateAbout(p: Vec3, pivot: Vec3, axis: Vec3, radians: number): [number, number, number] {
  const v = sub(p, pivot);
  const c = Math.cos(radians);
  const s = Math.sin(radians);
  const turned = add(add(scale(v, c), scale(cross(axis, v), s)), scale(axis, dot(axis, v) * (1 - c)));
  return add(pivot, turned);
}
