import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLabelledClips } from './labelled-clips';

describe('readLabelledClips', () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelled-clips-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says when a folder holds no labelled track', () => {
    expect(() => readLabelledClips(dir)).toThrow(/no NAME\.labels\.json beside a NAME\.track\.json/);
  });

  it('names the clip whose track cannot be read, and lists a clip without a spec without reading it', () => {
    writeFileSync(join(dir, 'odd.labels.json'), JSON.stringify({ exercise: 'cartwheel', reps: 2, holds: [] }));
    writeFileSync(join(dir, 'odd.track.json'), 'not json');
    expect(readLabelledClips(dir)).toMatchObject([{ clip: 'odd', track: null, accept: [2, 2] }]);
    writeFileSync(join(dir, 'bad.labels.json'), JSON.stringify({ exercise: 'superman', reps: 1, holds: [] }));
    writeFileSync(join(dir, 'bad.track.json'), JSON.stringify({ format: 'pose-track', version: 2 }));
    expect(() => readLabelledClips(dir)).toThrow(/bad: Invalid pose track: version/);
  });
});
