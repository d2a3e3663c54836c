/** The user's settings as plain data: defaults and a forgiving reader for what localStorage holds. */
import { isModelVariant, type ModelVariant } from '../pose/model-files';
import { isRuntimePreference, type RuntimePreference } from '../pose/runtimes/registry';

export interface Settings {
  muted: boolean;
  /** voiceURI of the chosen speech voice; '' = the browser's default. */
  voice: string;
  /** 0..1 */
  volume: number;
  /** Seconds per hold by exercise id, for holds that progress (clamped to the spec's range where used). */
  holdSeconds: Record<string, number>;
  modelVariant: ModelVariant;
  /** Pose runtime: 'auto' times both on first start. */
  runtime: RuntimePreference;
  /** Rest between sets, seconds. */
  restSeconds: number;
  /** deviceId of the chosen camera; '' = the browser's default (the user-facing one). */
  cameraId: string;
  /** "HH:MM" for the seed's 5-hours-before-bed rule; '' = not set. */
  bedtime: string;
}

export const DEFAULT_SETTINGS: Settings = {
  muted: false,
  voice: '',
  volume: 1,
  holdSeconds: {},
  modelVariant: 'full',
  runtime: 'auto',
  restSeconds: 30,
  cameraId: '',
  bedtime: '',
};

export const SETTINGS_KEY = 'spine-coach.settings.v1';

const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * The per-exercise hold times. Settings written before they were per exercise kept one hold as
 * `<camelCaseId>HoldSeconds` (`birdDogHoldSeconds`); that value moves under its kebab-case id.
 */
function holdSecondsOf(o: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(o)) {
    const legacy = /^([a-z][A-Za-z]*)HoldSeconds$/.exec(key);
    if (legacy && isSeconds(v)) out[legacy[1].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = v;
  }
  if (typeof o.holdSeconds === 'object' && o.holdSeconds !== null) {
    for (const [id, v] of Object.entries(o.holdSeconds)) if (isSeconds(v)) out[id] = v;
  }
  return out;
}

/** Reads stored settings, keeping each valid field and defaulting the rest. */
export function parseSettings(raw: string | null): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, holdSeconds: {} };
  if (!raw) return out;
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return out;
  }
  if (typeof d !== 'object' || d === null) return out;
  const o = d as Record<string, unknown>;
  if (typeof o.muted === 'boolean') out.muted = o.muted;
  if (typeof o.voice === 'string') out.voice = o.voice;
  if (typeof o.cameraId === 'string') out.cameraId = o.cameraId;
  if (typeof o.bedtime === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(o.bedtime)) out.bedtime = o.bedtime;
  if (typeof o.volume === 'number' && Number.isFinite(o.volume)) out.volume = Math.min(1, Math.max(0, o.volume));
  out.holdSeconds = holdSecondsOf(o);
  if (isModelVariant(o.modelVariant)) out.modelVariant = o.modelVariant;
  if (isRuntimePreference(o.runtime)) out.runtime = o.runtime;
  if (typeof o.restSeconds === 'number' && Number.isFinite(o.restSeconds)) {
    out.restSeconds = Math.min(180, Math.max(5, Math.round(o.restSeconds)));
  }
  return out;
}
