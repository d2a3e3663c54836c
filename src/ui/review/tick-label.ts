/** An axis tick's label in whole units: a value that rounds to zero is "0", never "-0". */
export function tickLabel(v: number): string {
  const r = Math.round(v);
  return String(r === 0 ? 0 : r);
}
