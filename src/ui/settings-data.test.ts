import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings-data';

describe('parseSettings', () => {
  it('defaults everything for missing or broken input', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('42')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and clamps ranges', () => {
    const s = parseSettings(JSON.stringify({ muted: true, volume: 3, holdSeconds: { superman: 20 }, modelVariant: 'heavy', voice: 'x', restSeconds: 1, runtime: 'tfjs', cameraId: 'cam-2', bedtime: '22:30' }));
    expect(s).toEqual({ muted: true, voice: 'x', volume: 1, holdSeconds: { superman: 20 }, modelVariant: 'heavy', restSeconds: 5, runtime: 'tfjs', cameraId: 'cam-2', bedtime: '22:30', reps: {}, bedtimeAsked: false });
    expect(parseSettings(JSON.stringify({ bedtime: '25:00' })).bedtime).toBe('');
    expect(parseSettings(JSON.stringify({ cameraId: 7 })).cameraId).toBe('');
    expect(parseSettings(JSON.stringify({ modelVariant: 'huge', holdSeconds: { superman: -1, x: 'y' } }))).toMatchObject({ modelVariant: 'full', holdSeconds: {} });
  });

  it('moves a hold stored before holds were per exercise under its exercise id', () => {
    expect(parseSettings(JSON.stringify({ birdDogHoldSeconds: 12 })).holdSeconds).toEqual({ 'bird-dog': 12 });
    // The per-exercise value wins over the old one.
    expect(parseSettings(JSON.stringify({ birdDogHoldSeconds: 12, holdSeconds: { 'bird-dog': 15 } })).holdSeconds).toEqual({ 'bird-dog': 15 });
    expect(parseSettings(JSON.stringify({ birdDogHoldSeconds: 'x' })).holdSeconds).toEqual({});
  });
});

describe('workout loads and the bedtime question', () => {
  it('keeps whole positive reps per exercise and whether bedtime was asked', () => {
    const s = parseSettings(JSON.stringify({ reps: { 'match-pickup': 7, x: -1, y: 2.5, z: 'six' }, bedtimeAsked: true }));
    expect(s.reps).toEqual({ 'match-pickup': 7 });
    expect(s.bedtimeAsked).toBe(true);
    expect(parseSettings(null)).toMatchObject({ reps: {}, bedtimeAsked: false });
  });
});
