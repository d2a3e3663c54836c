import { describe, expect, it } from 'vitest';
import { BONES, KP } from '../track/keypoint-names';
import type { PoseFrame, WorldPoint } from '../track/track';
import { getExerciseSpec } from '../exercises';
import { FAULT_INJECTORS, type FaultInjector } from './fault-injectors';
import { angleAbout, injectFault, rampWeight, resolvePart } from './inject-fault';
import { add, dot, scale, sub, unit, type Vec3 } from '../engine/vec3';
import { birdDogHold, pixelBones, worldBones } from './test-tracks';
import { synthesizeTrack } from '../synth';

const bone = (a: number, b: number) => BONES.findIndex(([x, y]) => x === a && y === b);
const TORSO_SIDES = new Set([bone(KP.left_shoulder, KP.left_hip), bone(KP.right_shoulder, KP.right_hip)]);
const injector = (fault: string): FaultInjector => FAULT_INJECTORS.find((i) => i.fault === fault)!;
const degreesBetween = (a: Vec3, b: Vec3) => (Math.acos(Math.min(1, Math.max(-1, (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / Math.hypot(...a) / Math.hypot(...b)))) * 180) / Math.PI;

describe('injectFault', () => {
  const { track, hold } = birdDogHold();
  const { width, height } = track.source;
  const window = { from: hold.start - 1, start: hold.start, end: hold.end, to: hold.end + 1 };
  const midTop = track.frames.findIndex((f) => f.t >= (hold.start + hold.end) / 2);
  const raised = (f: PoseFrame) => (f.keypoints![KP.right_knee][1] < f.keypoints![KP.left_knee][1] ? 'right' : 'left');
  const side = raised(track.frames[midTop]);
  const other = side === 'left' ? 'right' : 'left';
  const at = (w: WorldPoint[], name: string) => w[KP[name as keyof typeof KP]];

  it('turns the raised leg 35° towards the floor about the hip, the angle to the torso line and every bone kept', () => {
    const out = injectFault(track, injector('leg-low'), [window]);
    const before = track.frames[midTop].world!;
    const after = out.frames[midTop].world!;
    // Signed, about the body's left-right axis: the leg passes through the torso line's extension on its way down.
    const across = unit(sub(at(before, 'left_hip'), at(before, 'right_hip')))!;
    const thighToTorso = (w: WorldPoint[]) =>
      (angleAbout(sub(at(w, `${side}_shoulder`), at(w, `${side}_hip`)), sub(at(w, `${side}_knee`), at(w, `${side}_hip`)), across) * 180) / Math.PI;
    expect(Math.abs(thighToTorso(after) - thighToTorso(before))).toBeCloseTo(35, 1);
    expect(at(after, `${side}_knee`)[1]).toBeGreaterThan(at(before, `${side}_knee`)[1]); // lower: world y points down
    worldBones(after).forEach((len, i) => expect(len).toBeCloseTo(worldBones(before)[i], 9));
    const pixels = pixelBones(track.frames[midTop].keypoints!, width, height);
    // In the picture, bones keep their length up to the foreshortening of a camera that looks down at 18°.
    pixelBones(out.frames[midTop].keypoints!, width, height).forEach((len, i) => expect(Math.abs(len - pixels[i])).toBeLessThan(0.05 * pixels[i] + 1));
    expect(at(after, `${other}_knee`)).toEqual(at(before, `${other}_knee`));
  });

  it('bends the raised knee by 60° and drops the raised arm by 35°, in the picture too', () => {
    const bent = injectFault(track, injector('leg-bent'), [window]).frames[midTop];
    const knee = (k: number[][]) =>
      degreesBetween(
        [(k[KP[`${side}_hip`]][0] - k[KP[`${side}_knee`]][0]) * width, (k[KP[`${side}_hip`]][1] - k[KP[`${side}_knee`]][1]) * height, 0],
        [(k[KP[`${side}_ankle`]][0] - k[KP[`${side}_knee`]][0]) * width, (k[KP[`${side}_ankle`]][1] - k[KP[`${side}_knee`]][1]) * height, 0],
      );
    expect(knee(track.frames[midTop].keypoints!) - knee(bent.keypoints!)).toBeGreaterThan(50);
    const low = injectFault(track, injector('arm-low'), [window]).frames[midTop];
    expect(low.keypoints![KP[`${other}_wrist`]][1]).toBeGreaterThan(track.frames[midTop].keypoints![KP[`${other}_wrist`]][1] + 0.05);
  });

  it('leaves the frames outside the top and its ramps as they were, and ramps in smoothly', () => {
    const out = injectFault(track, injector('leg-low'), [window]);
    out.frames.forEach((f, i) => {
      if (rampWeight(f.t, window) === 0) expect(f).toEqual(track.frames[i]);
    });
    expect(rampWeight(hold.start - 0.5, window)).toBeCloseTo(0.5, 9);
    expect(rampWeight(hold.start - 0.25, window)).toBeGreaterThan(0.5);
    expect(rampWeight(hold.start, window)).toBe(1);
    expect(rampWeight(hold.end + 1, window)).toBe(0);
    expect(out.frames.filter((f) => rampWeight(f.t, window) === 0).length).toBeGreaterThan(10);
  });

  it('turns a limb left down back to its direction at rest', () => {
    const legsDown: FaultInjector = { ...injector('leg-low'), turns: [{ ...injector('leg-low').turns[0], turn: 'rest' }] };
    const out = injectFault(track, legsDown, [{ ...window, from: 0 }]).frames[midTop].world!;
    const rest = track.frames[0].world!;
    const across = unit(sub(at(out, 'left_hip'), at(out, 'right_hip')))!;
    const thigh = (w: WorldPoint[]) => sub(at(w, `${side}_knee`), at(w, `${side}_hip`));
    expect(Math.abs(angleAbout(thigh(out), thigh(rest), across))).toBeLessThan(0.02);
    expect(Math.abs(angleAbout(thigh(track.frames[midTop].world!), thigh(rest), across))).toBeGreaterThan(0.5);
  });

  it('puts a limb left down at its rest in the picture too, where the picture lifted it more than the world did', () => {
    const legsDown: FaultInjector = { ...injector('leg-low'), turns: [{ ...injector('leg-low').turns[0], turn: 'rest' }] };
    const px = (k: number[]) => [k[0] * width, k[1] * height];
    const thighDegrees = (k: number[][]) => {
      const [hx, hy] = px(k[KP[`${side}_hip`]]);
      const [kx, ky] = px(k[KP[`${side}_knee`]]);
      return (Math.atan2(ky - hy, kx - hx) * 180) / Math.PI;
    };
    // The detector's picture shows the top's leg lifted 8° more than its world points say.
    const extra = (8 * Math.PI) / 180;
    const leg = new Set([KP[`${side}_knee`], KP[`${side}_ankle`], KP[`${side}_heel`], KP[`${side}_foot_index`]]);
    const lifted = {
      ...track,
      frames: track.frames.map((f) => {
        if (rampWeight(f.t, { ...window, from: 0 }) < 1 || !f.keypoints) return f;
        const [hx, hy] = px(f.keypoints[KP[`${side}_hip`]]);
        const turn = thighDegrees(f.keypoints) > thighDegrees(track.frames[0].keypoints!) ? extra : -extra;
        const keypoints = f.keypoints.map((k, i) => {
          if (!leg.has(i)) return k;
          const [x, y] = px(k);
          const [c, s] = [Math.cos(-turn), Math.sin(-turn)];
          return [(hx + c * (x - hx) - s * (y - hy)) / width, (hy + s * (x - hx) + c * (y - hy)) / height, k[2], k[3]] as typeof k;
        });
        return { ...f, keypoints };
      }),
    };
    const rest = thighDegrees(track.frames[0].keypoints!);
    expect(Math.abs(thighDegrees(lifted.frames[midTop].keypoints!) - rest)).toBeGreaterThan(8);
    const out = injectFault(lifted, legsDown, [{ ...window, from: 0 }]).frames[midTop].keypoints!;
    expect(Math.abs(thighDegrees(out) - rest)).toBeLessThan(0.5);
  });

  it('bends an elbow the way it flexes wherever the arm points: forearm forward when hanging, behind when overhead', () => {
    const { track: circles } = synthesizeTrack({ exercise: 'arm-circles', reps: 2, fps: 15, seed: 3 });
    const bent: FaultInjector = injector('bent-arms');
    const whole = { from: 0, start: 0, end: circles.frames.at(-1)!.t, to: circles.frames.at(-1)!.t };
    const out = injectFault(circles, bent, [whole]);
    // Forward is where the nose points from the ears; the wrist's place against the elbow along it.
    const wristAhead = (w: WorldPoint[], s: 'left' | 'right') => {
      const forward = unit(sub(at(w, 'nose'), scale(add(at(w, 'left_ear'), at(w, 'right_ear')), 0.5)))!;
      return dot(sub(at(w, `${s}_wrist`), at(w, `${s}_elbow`)), forward);
    };
    const elbowHeight = (w: WorldPoint[], s: 'left' | 'right') => at(w, `${s}_shoulder`)[1] - at(w, `${s}_elbow`)[1]; // world y points down
    let hanging = 0;
    let overhead = 0;
    circles.frames.forEach((f, i) => {
      const after = out.frames[i].world!;
      for (const s of ['left', 'right'] as const) {
        const up = elbowHeight(f.world!, s);
        const moved = wristAhead(after, s) - wristAhead(f.world!, s);
        if (up < -0.2) {
          hanging++;
          expect(moved, `t=${f.t} ${s} hanging`).toBeGreaterThan(0);
        } else if (up > 0.2) {
          overhead++;
          expect(moved, `t=${f.t} ${s} overhead`).toBeLessThan(0);
        }
      }
    });
    expect(hanging).toBeGreaterThan(4);
    expect(overhead).toBeGreaterThan(4);
  });

  it('names only real landmarks, and rules that the exercise has', () => {
    for (const inj of FAULT_INJECTORS) {
      for (const turn of inj.turns) {
        for (const ref of [...turn.pivot, ...turn.chain, turn.lead]) {
          for (const i of resolvePart(ref, 'left')) expect(i, `${inj.fault} ${ref}`).toBeGreaterThanOrEqual(0);
        }
      }
      if (inj.rule) expect(getExerciseSpec(inj.exercise)!.rules.map((r) => r.id)).toContain(inj.rule);
    }
  });

  for (const inj of FAULT_INJECTORS) {
    it(`${inj.exercise} ${inj.fault}: moves the body at the top of a synthetic rep and keeps every bone`, () => {
      const { track: synth, truth } = synthesizeTrack({ exercise: inj.exercise, reps: 1, fps: 15, seed: 4 });
      const rep = truth.repIntervals[0];
      const top = truth.holds[0] ?? { start: (rep.start + rep.end) / 2 - 0.2, end: (rep.start + rep.end) / 2 + 0.2 };
      const i = synth.frames.findIndex((f) => f.t >= (top.start + top.end) / 2);
      const before = synth.frames[i].world!;
      const after = injectFault(synth, inj, [{ ...top, from: 0, to: synth.frames.at(-1)!.t }]).frames[i].world!;
      // The torso's sides are the spine, which a sagging or rolled pelvis bends: kept within 1 cm; limb bones exactly.
      worldBones(after).forEach((len, j) => expect(Math.abs(len - worldBones(before)[j])).toBeLessThan(TORSO_SIDES.has(j) ? 0.01 : 1e-9));
      const moved = Math.max(...after.map((p, j) => Math.hypot(p[0] - before[j][0], p[1] - before[j][1], p[2] - before[j][2])));
      expect(moved).toBeGreaterThan(0.05);
    });
  }
});
