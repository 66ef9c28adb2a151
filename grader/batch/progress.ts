// Progress of a batch on stderr: a bar redrawn in place on a terminal, and a plain line
// every tenth of the class otherwise (logs in CI stay readable).
import type { OutputStream } from '../cli/context.ts';

export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export function createProgress(stream: OutputStream, total: number, now: () => number = Date.now): Progress {
  const start = now();
  let count = 0;
  let lastDraw = 0;
  let nextStep = 1;

  const rate = (): string => {
    const seconds = (now() - start) / 1000;
    return seconds > 0 ? `${(count / seconds).toFixed(1)}/s` : '';
  };

  const bar = (): string => {
    const filled = total === 0 ? WIDTH : Math.round((count / total) * WIDTH);
    return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} students ${rate()}`;
  };

  return {
    tick() {
      count++;
      if (stream.isTTY) {
        const t = now();
        if (t - lastDraw >= REDRAW_MS || count === total) {
          stream.write(`\r${bar()}\x1b[K`);
          lastDraw = t;
        }
        return;
      }
      // One line per tenth reached; a small class reaches several tenths at once, and says so once.
      if (total > 0 && count >= Math.ceil((nextStep * total) / 10)) {
        stream.write(`graded ${count}/${total} students (${Math.floor((count * 100) / total)}%)\n`);
        while (count >= Math.ceil((nextStep * total) / 10)) nextStep++;
      }
    },
    done() {
      if (stream.isTTY) stream.write(`\r${bar()}\x1b[K\n`);
    },
  };
}
