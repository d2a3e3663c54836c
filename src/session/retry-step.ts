/**
 * What the button on a source problem does. A camera problem is retried in place, keeping the
 * workout and what it recorded; a file that cannot be read sends the person back to choose
 * another; a detector that cannot start needs a reload (the set in progress is saved and offered
 * again after it).
 */
import type { SourceProblem } from '../pose/source-errors';

export type RetryStep = 'camera' | 'picker' | 'reload';

export function retryStep(problem: SourceProblem['id']): RetryStep {
  switch (problem) {
    case 'camera-denied':
    case 'no-camera':
    case 'camera-busy':
    case 'camera-lost':
    case 'camera-unsupported':
      return 'camera';
    case 'video-unreadable':
    case 'track-invalid':
      return 'picker';
    default:
      return 'reload';
  }
}
