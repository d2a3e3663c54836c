import { describe, expect, it } from 'vitest';
import { HiddenTabPause } from './hidden-tab-pause';

function stream(status: string) {
  const s = {
    status,
    calls: [] as string[],
    pause: () => {
      s.calls.push('pause');
      s.status = 'paused';
    },
    resume: () => {
      s.calls.push('resume');
      s.status = 'running';
    },
  };
  return s;
}

describe('HiddenTabPause', () => {
  it('pauses a running stream while the tab is hidden and resumes it when shown', () => {
    const s = stream('running');
    const tab = new HiddenTabPause(s);
    tab.visibilityChanged(true);
    expect(s.status).toBe('paused');
    tab.visibilityChanged(false);
    expect(s.calls).toEqual(['pause', 'resume']);
  });

  it('leaves alone a stream the person paused, or one not running', () => {
    for (const status of ['paused', 'ended', 'loading-model']) {
      const s = stream(status);
      const tab = new HiddenTabPause(s);
      tab.visibilityChanged(true);
      tab.visibilityChanged(false);
      expect(s.calls).toEqual([]);
    }
  });

  it('resumes only once for one hiding', () => {
    const s = stream('running');
    const tab = new HiddenTabPause(s);
    tab.visibilityChanged(true);
    tab.visibilityChanged(false);
    tab.visibilityChanged(false);
    expect(s.calls).toEqual(['pause', 'resume']);
  });
});
