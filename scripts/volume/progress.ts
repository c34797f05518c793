/** A one-line progress bar on stderr: done/total, rate and time left, redrawn in place. */

/** Formats seconds as "1 min 05 s" or "42 s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return minutes > 0 ? `${minutes} min ${rest} s` : `${whole} s`;
}

/** The text of the bar for `done` of `total` rows after `elapsedSeconds`. */
export function progressLine(
  label: string,
  done: number,
  total: number,
  elapsedSeconds: number,
): string {
  const width = 24;
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return `${label.padEnd(18)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${Math.round(rate)} rows/s, ${done >= total ? "done" : `${formatDuration(left)} left`}`;
}

/** Starts a bar; `update(done)` redraws it, `end()` finishes the line. Silent when not a TTY and quiet. */
export function startProgress(label: string, total: number, stream = process.stderr) {
  const started = performance.now();
  let last = 0;
  const draw = (done: number) => {
    const line = progressLine(label, done, total, (performance.now() - started) / 1000);
    stream.write(stream.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
  };
  return {
    update(done: number) {
      const now = performance.now();
      // Redraw at most 5 times a second on a terminal, every 10 s in a log.
      if (done >= total || now - last < (stream.isTTY ? 200 : 10_000)) return;
      last = now;
      draw(done);
    },
    end(done: number) {
      draw(done);
      if (stream.isTTY) stream.write("\n");
    },
  };
}
