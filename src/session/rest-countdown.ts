/** The rest between sets, counted on the frames' own time: whole seconds left, and a warning near the end. */

export interface RestTick {
  /** Whole seconds left; 0 or less: the rest is over. */
  left: number;
  /** Words to say now, or null. */
  say: string | null;
}

export function restTick(restEnd: number, t: number, shownLeft: number): RestTick {
  // The epsilon keeps a frame exactly on a second boundary from showing the next second.
  const left = Math.ceil(restEnd - t - 1e-9);
  return { left, say: left !== shownLeft && left === 3 ? 'Next set in 3' : null };
}
