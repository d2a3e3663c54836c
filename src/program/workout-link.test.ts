import { describe, expect, it } from 'vitest';
import { parseWorkoutLink } from './workout-link';

const origin = 'http://127.0.0.1:4173';

describe('parseWorkoutLink', () => {
  it('is null for any other link', () => {
    expect(parseWorkoutLink('?exercise=bird-dog', origin)).toBeNull();
  });
  it('reads a shortened workout fed by pose tracks', () => {
    expect(parseWorkoutLink('?workout=today&only=head-tilts,glute-bridge&track.glute-bridge=/fixtures/a.json&speed=8', origin)).toEqual({
      only: ['head-tilts', 'glute-bridge'], tracks: { 'glute-bridge': '/fixtures/a.json' }, speed: 8,
    });
    expect(parseWorkoutLink('?workout=today', origin)).toEqual({ only: null, tracks: {}, speed: 1 });
  });
  it('refuses a track from another site', () => {
    expect(parseWorkoutLink('?workout=today&track.bird-dog=https://evil.example/t.json', origin)).toMatch(/only loaded from this site/);
  });
});
