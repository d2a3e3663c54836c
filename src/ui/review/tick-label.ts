/**
 * An axis tick's label, in whole units unless the ticks are closer than one unit apart (then
 * tenths, so neighbours never read the same); a value that rounds to zero is "0", never "-0".
 */
export function tickLabel(v: number, step = 1): string {
  const digits = Math.abs(step) < 1 ? 1 : 0;
  const text = v.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}
