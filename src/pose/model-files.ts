/**
 * Where each runtime's model files are served from (the app's own origin, never a CDN), and a
 * preloader that reports download progress and names the file that is missing.
 */
export const MODEL_VARIANTS = ['lite', 'full', 'heavy'] as const;
export type ModelVariant = (typeof MODEL_VARIANTS)[number];

export const MODEL_LABELS: Record<ModelVariant, string> = { lite: 'Lite (fastest)', full: 'Full', heavy: 'Heavy (most accurate, slow)' };

export function isModelVariant(value: unknown): value is ModelVariant {
  return MODEL_VARIANTS.includes(value as ModelVariant);
}

export const MODELS_BASE = `${import.meta.env?.BASE_URL ?? '/'}models`.replace(/\/+/g, '/');
export const MEDIAPIPE_SOLUTION_PATH = `${MODELS_BASE}/mediapipe`;
export const TFJS_MODELS_PATH = `${MODELS_BASE}/tfjs`;
export const TFJS_WASM_PATH = `${MODELS_BASE}/tfjs-wasm/`;

export function tfjsModelUrls(variant: ModelVariant): { detector: string; landmark: string } {
  return {
    detector: `${TFJS_MODELS_PATH}/blazepose-detector.json`,
    landmark: `${TFJS_MODELS_PATH}/blazepose-${variant}.json`,
  };
}

export class ModelFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Model file ${file} could not be loaded (${detail}). Run \`npm install\` to copy the model files into models/, then reload.`);
    this.name = 'ModelFileError';
  }
}

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
  file: string;
}

/** Starts the GET of one model file; a network error or a bad status names the file. */
async function getModelFile(file: string): Promise<Response & { body: ReadableStream<Uint8Array> }> {
  let res: Response;
  try {
    res = await fetch(file);
  } catch (e) {
    throw new ModelFileError(file, (e as Error).message);
  }
  if (!res.ok || !res.body) throw new ModelFileError(file, `HTTP ${res.status}`);
  return res as Response & { body: ReadableStream<Uint8Array> };
}

/**
 * Fetches every file once, so a missing one is reported by name (the runtimes themselves fail
 * with unhelpful messages) and the user sees progress on the first, tens-of-MB load. The server
 * marks these files immutable and the service worker caches them, so the runtime's own fetch
 * afterwards comes from a cache. GET only, all started at once: their headers give the total size.
 * (A HEAD probe for the sizes failed offline: the service worker's cache answers GETs only.)
 */
export async function preloadModelFiles(files: string[], onProgress?: (p: LoadProgress) => void): Promise<void> {
  const responses = await Promise.all(files.map(getModelFile));
  const totalBytes = responses.reduce((n, res) => n + Number(res.headers.get('content-length') ?? 0), 0);
  let loadedBytes = 0;
  for (const [i, res] of responses.entries()) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loadedBytes += value.byteLength;
      onProgress?.({ loadedBytes, totalBytes, file: files[i] });
    }
  }
}
