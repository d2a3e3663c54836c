import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeTrack } from '../synth';
import { EXERCISE_SPECS, SUPPORTED_EXERCISES } from '../exercises';
import { serializeTrack } from '../track/track';

const root = join(import.meta.dirname, '..', '..');
const analyze = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/run.mjs'), join(root, 'src/cli/analyze.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('analyze CLI', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const { track } = synthesizeTrack({ exercise: 'superman', reps: 2, holdSeconds: 4, fps: 15 });
    writeFileSync(join(dir, 'superman.json'), serializeTrack(track));
    writeFileSync(join(dir, 'bad.json'), '{"format":"pose-track","version":2}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object with reps, holds, faults and scores', () => {
    const run = analyze('--exercise', 'superman', join(dir, 'superman.json'));
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['exercise', 'reps', 'holds', 'faults', 'repScores']);
    expect(out.exercise).toBe('superman');
    expect(out.reps).toBe(2);
    expect(out.holds).toHaveLength(2);
    expect(out.holds[0].seconds).toBeGreaterThan(3.5);
    expect(out.repScores).toHaveLength(2);
    // The default superman hold is 15 s: two 4-second holds are short.
    expect(out.faults.map((f: { rule: string }) => f.rule)).toEqual(['hold-short', 'hold-short']);
  });

  it('takes the hold target from --hold', () => {
    const out = JSON.parse(analyze('--exercise', 'superman', '--hold', '4', join(dir, 'superman.json')).stdout);
    expect(out.faults).toEqual([]);
  });

  it('fails with a message for an unknown exercise', () => {
    const run = analyze('--exercise', 'moonwalk', join(dir, 'superman.json'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/unknown exercise "moonwalk"/);
    expect(run.stdout).toBe('');
  });

  it('fails with a message for a bad track', () => {
    const run = analyze('--exercise', 'superman', join(dir, 'bad.json'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/version/);
  });
});

/**
 * Each spawned CLI takes over a second to start, so the routine goes through it once per kind and
 * view of exercise; every exercise's count on its synthetic track is the engine's own test
 * (src/engine/exercise-engine.test.ts), and the CLI's registry is seen to hold all 34 by name.
 */
describe('analyze CLI on the exercises of the routine', () => {
  let dir = '';
  const representatives = [...new Map(SUPPORTED_EXERCISES.map((id) => [`${EXERCISE_SPECS[id].kind} ${EXERCISE_SPECS[id].view}`, id])).values()];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-all-'));
    for (const id of representatives) {
      writeFileSync(join(dir, `${id}.json`), serializeTrack(synthesizeTrack({ exercise: id, reps: 2, fps: 15 }).track));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has all 34, and names every one when asked for one it does not know', () => {
    expect(SUPPORTED_EXERCISES).toHaveLength(34);
    const run = analyze('--exercise', 'moonwalk', 'no-track.json');
    expect(run.stderr.trim().replace(/^.*supported: /s, '').split(', ')).toEqual([...SUPPORTED_EXERCISES]);
  });

  it('goes through one exercise of each kind and view', () => expect(representatives.length).toBeGreaterThanOrEqual(3));

  it.each(representatives)('--exercise %s counts its synthetic track', (id) => {
    const run = analyze('--exercise', id, join(dir, `${id}.json`));
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.exercise).toBe(id);
    expect(out.reps).toBe(2);
  });
});
