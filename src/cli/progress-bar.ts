/** A one-line progress bar on stderr (stdout stays clean for data). */
export function progressBar(label: string, total: number): { tick(extra?: string): void; done(extra?: string): void } {
  let n = 0;
  const started = Date.now();
  const tty = process.stderr.isTTY;
  const render = (extra = '') => {
    const width = 30;
    const filled = Math.round((n / Math.max(1, total)) * width);
    const eta = n ? ((Date.now() - started) / n) * (total - n) / 1000 : 0;
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total}${n < total ? ` eta ${eta.toFixed(0)} s` : ''} ${extra}`;
    if (tty) process.stderr.write(`\r${line.padEnd(100)}`);
    else if (n === total || n % Math.max(1, Math.round(total / 10)) === 0) process.stderr.write(`${line}\n`);
  };
  return {
    tick(extra) {
      n++;
      render(extra);
    },
    done(extra) {
      n = total;
      render(extra);
      if (tty) process.stderr.write('\n');
    },
  };
}
