import { describe, expect, it } from 'vitest';
import { isTrackFileName, MAX_TRACK_BYTES, trackSizeProblem } from './track-file';

describe('isTrackFileName', () => {
  it('knows a track whatever the case of its extension', () => {
    expect(['a.json', 'X.JSON', 'b.track.Json'].map(isTrackFileName)).toEqual([true, true, true]);
    expect(['clip.mp4', 'json.webm', 'a.json.mp4'].map(isTrackFileName)).toEqual([false, false, false]);
  });
});

describe('trackSizeProblem', () => {
  it('calls a 1 GB track too large, by its size, and lets a normal one through', () => {
    expect(trackSizeProblem('big.track.json', 1024 ** 3)).toMatch(/^big\.track\.json is 1024 MB: too large/);
    expect(trackSizeProblem('ok.track.json', 5e6)).toBeNull();
    expect(trackSizeProblem('edge.json', MAX_TRACK_BYTES)).toBeNull();
  });
});
