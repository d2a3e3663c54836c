import { describe, expect, it } from 'vitest';
import { parseTrack, serializeTrack } from '../track/track';
import { PERTURBATIONS } from './perturbations';
import { bridgeTrack } from './test-tracks';

describe('the perturbation catalogue', () => {
  const track = bridgeTrack();

  it('names each perturbation once', () => {
    expect(new Set(PERTURBATIONS.map((p) => p.id)).size).toBe(PERTURBATIONS.length);
  });

  it('gives valid pose tracks that differ from the input, without changing it', () => {
    const before = serializeTrack(track);
    for (const p of PERTURBATIONS) {
      const out = p.apply(track);
      expect(() => parseTrack(JSON.parse(serializeTrack(out))), p.id).not.toThrow();
      expect(serializeTrack(out), p.id).not.toBe(before);
    }
    expect(serializeTrack(track)).toBe(before);
  });
});
