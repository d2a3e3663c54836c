import { describe, expect, it } from 'vitest';
import { liveQuery, parseDeepLink, sameOriginPath, type SourceSpec } from './deep-link';

const origin = 'http://127.0.0.1:4173';
const known = (id: string) => ['glute-bridge', 'superman'].includes(id);

describe('parseDeepLink', () => {
  it('opens the picker without parameters and the lab with view=lab', () => {
    expect(parseDeepLink('', origin, known)).toEqual({ view: 'picker' });
    expect(parseDeepLink('?view=lab', origin, known)).toEqual({ view: 'lab' });
  });

  it('opens the live view on the camera for ?exercise=ID', () => {
    expect(parseDeepLink('?exercise=superman', origin, known)).toEqual({ view: 'live', exercise: 'superman', source: { kind: 'camera' } });
  });

  it('replays a same-origin track at the given speed, 1 by default, clamped', () => {
    const link = parseDeepLink('?exercise=glute-bridge&source=track&src=/fixtures/synth/a.track.json&speed=4', origin, known);
    expect(link).toEqual({ view: 'live', exercise: 'glute-bridge', source: { kind: 'track', src: '/fixtures/synth/a.track.json', speed: 4 } });
    expect(parseDeepLink('?exercise=glute-bridge&source=track&src=a.json', origin, known)).toMatchObject({ source: { speed: 1, src: '/a.json' } });
    expect(parseDeepLink('?exercise=glute-bridge&source=track&src=/a.json&speed=999', origin, known)).toMatchObject({ source: { speed: 32 } });
    expect(parseDeepLink('?exercise=glute-bridge&source=track&src=/a.json&speed=-2', origin, known)).toMatchObject({ source: { speed: 1 } });
  });

  it('refuses other origins, unknown exercises and unknown sources', () => {
    expect(parseDeepLink('?exercise=glute-bridge&source=track&src=https://evil.example/x.json', origin, known).view).toBe('error');
    expect(parseDeepLink('?exercise=glute-bridge&source=track&src=//evil.example/x.json', origin, known).view).toBe('error');
    expect(parseDeepLink('?exercise=glute-bridge&source=track', origin, known).view).toBe('error');
    expect(parseDeepLink('?exercise=headstand', origin, known).view).toBe('error');
    expect(parseDeepLink('?exercise=superman&source=ftp', origin, known).view).toBe('error');
    expect(sameOriginPath('/x?y=1', origin)).toBe('/x?y=1');
  });
});

describe('liveQuery', () => {
  it('gives a link that opens the same live view again', () => {
    const sources: SourceSpec[] = [{ kind: 'camera' }, { kind: 'track', src: '/fixtures/synth/a.track.json?v=2&w=3', speed: 4 }];
    for (const source of sources) expect(parseDeepLink(liveQuery('glute-bridge', source), origin, known)).toEqual({ view: 'live', exercise: 'glute-bridge', source });
    expect(parseDeepLink('?view=history', origin, known)).toEqual({ view: 'history' });
  });
});
