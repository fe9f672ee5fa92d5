import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

const NONE: Progress = { tick: () => undefined, stop: () => undefined };

/** done/total, rate and time left on a terminal (cli-progress); nothing elsewhere. */
export function progressBar(total: number, enabled: boolean, stream: NodeJS.WritableStream = process.stderr): Progress {
  if (!enabled || total < 2) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'converting [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick: () => {
      done++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
