/**
 * Draws a PoseFrame's skeleton on a canvas: bones, joints, low-score points faded, the landmarks a
 * fault concerns in a warning colour. Shared by the live view, the review replay and the demo figure.
 */
import { BONES } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';

export interface SkeletonStyle {
  /** Canvas size in pixels the normalised keypoints are scaled to. */
  width: number;
  height: number;
  /** Draw as in a mirror (selfie camera): x -> 1 - x. */
  mirrored?: boolean;
  highlight?: ReadonlySet<number>;
  lineWidth?: number;
  /** Points under this score are drawn faded; bones between them are skipped. */
  minScore?: number;
  /** Skip the face points except the nose (clearer from far away). */
  simpleFace?: boolean;
}

const FACE_DETAIL = new Set([1, 2, 3, 4, 5, 6, 9, 10]);

let colours: { bone: string; joint: string; warn: string } | null = null;

/** Bones, joints and warned parts in the page's --accent, --fg and --bad (app.css), read once. */
function theme(): { bone: string; joint: string; warn: string } {
  if (!colours) {
    const css = getComputedStyle(document.documentElement);
    const read = (name: string) => css.getPropertyValue(name).trim();
    colours = { bone: read('--accent'), joint: read('--fg'), warn: read('--bad') };
  }
  return colours;
}

export function drawSkeleton(ctx: CanvasRenderingContext2D, keypoints: readonly Keypoint[] | null, style: SkeletonStyle): void {
  if (!keypoints) return;
  const { width, height, mirrored = false, highlight, minScore = 0.3 } = style;
  const lineWidth = style.lineWidth ?? Math.max(3, Math.round(Math.min(width, height) / 90));
  const { bone: color, joint, warn } = theme();
  const px = (k: Keypoint) => (mirrored ? 1 - k[0] : k[0]) * width;
  const py = (k: Keypoint) => k[1] * height;

  ctx.save();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const [a, b] of BONES) {
    const ka = keypoints[a];
    const kb = keypoints[b];
    const score = Math.min(ka[3], kb[3]);
    if (score < minScore * 0.5) continue;
    const warned = highlight?.has(a) && highlight?.has(b);
    ctx.globalAlpha = score < minScore ? 0.3 : 1;
    // A dark outline keeps the bones visible on bright or busy backgrounds.
    ctx.strokeStyle = 'rgba(0,0,0,0.6)';
    ctx.lineWidth = (warned ? lineWidth * 1.6 : lineWidth) + 3;
    ctx.beginPath();
    ctx.moveTo(px(ka), py(ka));
    ctx.lineTo(px(kb), py(kb));
    ctx.stroke();
    ctx.strokeStyle = warned ? warn : color;
    ctx.lineWidth = warned ? lineWidth * 1.6 : lineWidth;
    ctx.stroke();
  }
  for (let i = 0; i < keypoints.length; i++) {
    if (style.simpleFace && FACE_DETAIL.has(i)) continue;
    const k = keypoints[i];
    if (k[3] < minScore * 0.5) continue;
    const warned = highlight?.has(i);
    ctx.globalAlpha = k[3] < minScore ? 0.3 : 1;
    ctx.fillStyle = warned ? warn : joint;
    ctx.strokeStyle = 'rgba(0,0,0,0.7)';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(px(k), py(k), (warned ? 1.5 : 1) * lineWidth * 0.9, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}
