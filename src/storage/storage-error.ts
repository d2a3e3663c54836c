/** Why a save or a read failed, in words a person can act on (the original error stays as `cause`). */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: 'unavailable' | 'full' | 'failed',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function storageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const detail = (e as Error)?.message || String(e);
  if (name === 'QuotaExceededError') return new StorageError('This browser has no more room to save workouts.', 'full', { cause: e });
  if (/not available|SecurityError|InvalidStateError/.test(`${name} ${detail}`)) return new StorageError(`This browser does not let the app save workouts (${detail}).`, 'unavailable', { cause: e });
  return new StorageError(`Saving failed: ${detail}.`, 'failed', { cause: e });
}
