import { describe, expect, it } from 'vitest';
import { retryStep } from './retry-step';

describe('retryStep', () => {
  it('retries the camera in place for every camera problem, a lost camera included', () => {
    for (const id of ['camera-denied', 'no-camera', 'camera-busy', 'camera-lost', 'camera-unsupported'] as const) expect(retryStep(id)).toBe('camera');
  });
  it('sends an unreadable file back to the picker and a broken detector to a reload', () => {
    expect(retryStep('video-unreadable')).toBe('picker');
    expect(retryStep('track-invalid')).toBe('picker');
    expect(retryStep('model-missing')).toBe('reload');
    expect(retryStep('detector-failed')).toBe('reload');
  });
});
