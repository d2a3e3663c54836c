import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import type { WorldPoint } from '../track/track';
import { ViewMonitor } from './view-monitor';

/** Hips and shoulders of someone lying along x with the hip axis along `across`. */
function world(across: WorldPoint): WorldPoint[] {
  const w: WorldPoint[] = Array.from({ length: 33 }, () => [0, 0, 0] as WorldPoint);
  const put = (i: number, x: number, s: number) => (w[i] = [x + s * across[0], s * across[1], s * across[2]]);
  put(KP.left_hip, 0, 0.15);
  put(KP.right_hip, 0, -0.15);
  put(KP.left_shoulder, 0.5, 0.15);
  put(KP.right_shoulder, 0.5, -0.15);
  return w;
}

describe('ViewMonitor', () => {
  it('reports a camera in front once it has lasted, and once when it is fixed', () => {
    const m = new ViewMonitor('side', { settleSeconds: 1, maxScaleJump: 1.4, maxShiftJump: 0.6, maxGapSeconds: 0.5 });
    const events = [];
    for (let t = 0; t <= 3; t += 0.1) {
      const e = m.update(t, t < 1.5 ? world([1, 0, 0]) : world([0, 0, 1]));
      if (e) events.push(e);
    }
    expect(events.map((e) => e.problem)).toEqual(['camera-in-front', null]);
    expect(events[0].message).toMatch(/in front of you/);
  });

  it('sees a cut when the person jumps in size or place and stays there, not for one wild frame, smooth moves or a gap', () => {
    const m = new ViewMonitor('side');
    expect(m.cut(0, 0.5, 0.5, 0.2)).toBeNull();
    expect(m.cut(0.1, 0.52, 0.5, 0.21)).toBeNull();
    expect(m.cut(0.2, 0.52, 0.5, 0.35)).toBeNull();
    expect(m.cut(0.3, 0.53, 0.5, 0.35)?.problem).toBe('camera-moved');
    expect(m.cut(0.4, 0.9, 0.5, 0.35)).toBeNull();
    expect(m.cut(0.5, 0.53, 0.5, 0.35)).toBeNull();
    expect(m.cut(0.6, 0.9, 0.5, 0.35)).toBeNull();
    expect(m.cut(0.7, 0.9, 0.5, 0.35)?.problem).toBe('camera-moved');
    expect(m.cut(2, 0.2, 0.5, 0.35)).toBeNull();
    expect(m.cut(2.1, 0.2, 0.5, 0.35)).toBeNull();
  });
});
