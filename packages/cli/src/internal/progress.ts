import type { CliIo } from '../cliIo.js';

/** How long work runs before progress is shown. */
export const PROGRESS_DELAY_MS = 1000;

/** A progress line of long work: {@link Progress.update} names the current step, {@link Progress.stop} clears it. */
export interface Progress {
  update(line: string): void;
  stop(): void;
}

/**
 * Starts progress for work that may take long: nothing is shown for the first second, nor ever when
 * `io.progress` is absent (standard error not a terminal); then the latest step and the seconds elapsed,
 * refreshed four times a second.
 */
export function startProgress(io: CliIo, first: string, now: () => number = Date.now): Progress {
  const show = io.progress;
  const started = now();
  let line = first;
  let shown = false;
  if (!show) return { update: () => {}, stop: () => {} };
  const tick = () => {
    const elapsed = now() - started;
    if (elapsed < PROGRESS_DELAY_MS) return;
    shown = true;
    show(`${line} ${Math.floor(elapsed / 1000)} s`);
  };
  const timer = setInterval(tick, 250);
  timer.unref?.();
  return {
    update: (next) => {
      line = next;
      tick();
    },
    stop: () => {
      clearInterval(timer);
      if (shown) show('');
    },
  };
}
