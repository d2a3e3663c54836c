/**
 * npm run -s faults -- [--markdown] [--mirror | --roll+10 | --10fps | --noise.5 | --cam30 | ...] DIR [DIR...]
 *
 * The fault evaluation (issue 14): for every labelled real track in each DIR whose exercise has a
 * spec, injects each fault its rules name at each rep's top (src/robustness/fault-injectors.ts),
 * replays it, and prints per fault the recall, and per rule the cues given on the clean tracks.
 * A view option first changes the camera (mirrored, rolled, moved, the person smaller, fewer frames
 * a second, noisier points) the way the robustness check does, so the rules can be seen to hold for
 * another camera too. Changes of tempo are left out: the labelled tops would no longer line up.
 */
import { readLabelledClips } from '../robustness/labelled-clips';
import { evaluateClipFaults, type ClipFaults } from '../robustness/fault-evaluation';
import { formatFaults } from '../robustness/fault-report';
import { PERTURBATIONS, type Perturbation } from '../robustness/perturbations';
import { runFoldersCli } from './folders-cli';

/** Camera changes that keep every frame's time, so the labelled tops stay where they are. */
export const VIEW_CHANGES = PERTURBATIONS.filter((p) => p.id !== 'fast' && p.id !== 'slow');

export function runFaults(dirs: string[], view?: Perturbation): ClipFaults[] {
  return dirs.flatMap((dir) => {
    const clips = readLabelledClips(dir).map((c) => (view && c.track ? { ...c, track: view.apply(c.track) } : c));
    return clips.map((c) => evaluateClipFaults(c)).filter((r): r is ClipFaults => r !== null);
  });
}

runFoldersCli(import.meta.url, 'faults', ['--markdown', ...VIEW_CHANGES.map((p) => `--${p.id}`)], (dirs, flags) => {
  const views = VIEW_CHANGES.filter((p) => flags.has(`--${p.id}`));
  if (views.length > 1) throw new Error('one view option at a time');
  const heading = views[0] ? `View: ${views[0].what}\n\n` : '';
  return heading + formatFaults(runFaults(dirs, views[0]), flags.has('--markdown'));
});
