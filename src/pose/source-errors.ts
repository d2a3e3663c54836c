/**
 * Turns what the browser throws at a source into words a person can act on. Every failure names
 * a way forward; none of them discards what has been recorded (the stream keeps its frames).
 */
export interface SourceProblem {
  /** Stable id for tests and analytics-free logging, e.g. `camera-denied`. */
  id: 'camera-denied' | 'no-camera' | 'camera-busy' | 'camera-lost' | 'video-unreadable' | 'model-missing' | 'detector-failed' | 'track-invalid' | 'camera-unsupported';
  title: string;
  message: string;
  /** What the user can do next, as a button label. */
  action?: string;
}

export function cameraProblem(error: unknown): SourceProblem {
  const name = (error as { name?: string })?.name ?? '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return {
        id: 'camera-denied',
        title: 'Camera permission denied',
        message:
          'Spine Coach needs the camera to see you. Allow it from the camera icon in the address bar, then press “Try again”. Nothing leaves this computer. You can also open a video file instead.',
        action: 'Try again',
      };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return {
        id: 'no-camera',
        title: 'No camera found',
        message: 'Plug in a camera (or pick another one) and press “Try again”, or open a recorded video file.',
        action: 'Try again',
      };
    case 'NotReadableError':
    case 'AbortError':
      return {
        id: 'camera-busy',
        title: 'The camera is in use',
        message: 'Another app or tab is using the camera. Close it, then press “Try again”.',
        action: 'Try again',
      };
    default:
      return {
        id: 'camera-unsupported',
        title: 'The camera could not start',
        message: `${(error as Error)?.message ?? String(error)}. Try another browser, or open a video file.`,
        action: 'Try again',
      };
  }
}

export const CAMERA_LOST: SourceProblem = {
  id: 'camera-lost',
  title: 'Camera disconnected',
  message: 'The camera stopped sending pictures (unplugged?). Everything recorded so far is kept. Reconnect it and press “Resume”, or export what you have.',
  action: 'Resume',
};

export function videoProblem(detail: string): SourceProblem {
  return {
    id: 'video-unreadable',
    title: 'This video cannot be read',
    message: `The browser could not decode it (${detail}). Use an .mp4 (H.264) or .webm file.`,
    action: 'Open another file',
  };
}

/** What failed while a source started: its own problem, a missing model file, or the detector. */
export function startProblem(error: unknown): SourceProblem {
  if ((error as { problem?: SourceProblem }).problem) return (error as { problem: SourceProblem }).problem;
  const message = (error as Error)?.message ?? String(error);
  if ((error as Error)?.name === 'ModelFileError') return { id: 'model-missing', title: 'A model file is missing', message, action: 'Reload' };
  return { id: 'detector-failed', title: 'The pose detector could not start', message: `${message}. Try the other runtime in Settings, or reload the page.`, action: 'Reload' };
}

export function detectionProblem(error: unknown): SourceProblem {
  return { id: 'detector-failed', title: 'Pose detection failed', message: `${(error as Error)?.message ?? String(error)}. What was recorded is kept; reload to try again.`, action: 'Reload' };
}
