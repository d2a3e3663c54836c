import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelFileError, preloadModelFiles, type LoadProgress } from './model-files';

const FILES: Record<string, number> = { '/models/a.json': 3, '/models/a.bin': 5 };

/** A server that answers GET only (as the service worker's cache does) and counts the requests. */
function serve(files: Record<string, number>) {
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    requests.push(`${method} ${url}`);
    if (method !== 'GET') throw new TypeError('Failed to fetch');
    const size = files[url];
    if (size === undefined) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(size), { headers: { 'content-length': String(size) } });
  });
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('preloadModelFiles', () => {
  it('reads each file with one GET, nothing else, and reports progress against the total size', async () => {
    const requests = serve(FILES);
    const progress: LoadProgress[] = [];
    await preloadModelFiles(Object.keys(FILES), (p) => progress.push(p));
    expect(requests).toEqual(['GET /models/a.json', 'GET /models/a.bin']);
    expect(progress.at(-1)).toEqual({ loadedBytes: 8, totalBytes: 8, file: '/models/a.bin' });
    expect(progress.every((p) => p.totalBytes === 8)).toBe(true);
  });

  it('names the missing file', async () => {
    serve(FILES);
    const loading = preloadModelFiles(['/models/a.json', '/models/gone.bin']);
    await expect(loading).rejects.toBeInstanceOf(ModelFileError);
    await expect(loading).rejects.toMatchObject({ file: '/models/gone.bin', message: expect.stringContaining('HTTP 404') });
  });
});
