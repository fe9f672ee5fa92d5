import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  /** Writes a line of diagnostics: above the bar while it is drawn, so neither garbles the other. */
  log(text: string): void;
  stop(): void;
}

/** ESC[2K clears the line the bar is drawn on; ESC 7 saves where the bar now starts (see stop). */
const CLEAR_LINE = '\r\x1b[2K';
const SAVE_CURSOR = '\x1b7';

/**
 * done/total, rate and time left on a terminal (cli-progress); nothing elsewhere, where
 * `log` just writes. The bar and the diagnostics share stderr: a line to log clears the
 * bar's line, is written there, and the bar is drawn again below it. cli-progress saves the
 * cursor when it starts and goes back there when it stops, to clear its line; after lines
 * have scrolled the screen that place is a diagnostic's, so the place is saved again after
 * each line written above the bar.
 */
export function progressBar(total: number, enabled: boolean, stream: NodeJS.WritableStream, write: (text: string) => void): Progress {
  if (!enabled || total < 2) return { tick: () => undefined, log: write, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'converting [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      // redraw even when the numbers did not change: a logged line has just wiped the bar
      forceRedraw: true,
      gracefulExit: false, // Ctrl-C is the command's (it stops the bar itself)
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  let running = true;
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick: () => {
      done++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    log: (text) => {
      if (!running) return write(text);
      stream.write(`${CLEAR_LINE}${text}${text.endsWith('\n') ? '' : '\n'}${SAVE_CURSOR}`);
      bar.render();
    },
    stop: () => {
      running = false;
      bar.stop();
    },
  };
}

/** Whether a bar may be drawn: on a terminal that can move its cursor (not TERM=dumb). */
export function barAllowed(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  return isTTY && env.TERM !== 'dumb';
}
