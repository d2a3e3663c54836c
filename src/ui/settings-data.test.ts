import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings-data';

describe('parseSettings', () => {
  it('defaults everything for missing or broken input', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('42')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and clamps ranges', () => {
    const s = parseSettings(JSON.stringify({ muted: true, volume: 3, birdDogHoldSeconds: 50, modelVariant: 'heavy', voice: 'x', restSeconds: 1, runtime: 'tfjs', cameraId: 'cam-2', bedtime: '22:30' }));
    expect(s).toEqual({ muted: true, voice: 'x', volume: 1, birdDogHoldSeconds: 30, modelVariant: 'heavy', restSeconds: 5, runtime: 'tfjs', cameraId: 'cam-2', bedtime: '22:30' });
    expect(parseSettings(JSON.stringify({ bedtime: '25:00' })).bedtime).toBe('');
    expect(parseSettings(JSON.stringify({ cameraId: 7 })).cameraId).toBe('');
    expect(parseSettings(JSON.stringify({ modelVariant: 'huge', birdDogHoldSeconds: 1 }))).toMatchObject({ modelVariant: 'full', birdDogHoldSeconds: 3 });
  });
});
