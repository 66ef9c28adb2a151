// The process's stdout or stderr as the CLI's OutputStream. When the reader goes away
// (`grader check … | head -3`), writing fails with EPIPE, which Node raises as an 'error'
// event that would end the process mid-work: instead the rest of the output is dropped and
// the command finishes what it was doing (its files are still written, atomically).
import type { OutputStream } from './context.ts';

export function processStream(stream: NodeJS.WriteStream): OutputStream {
  let open = true;
  // Any error means the output can no longer be written; the work itself goes on.
  stream.on('error', () => {
    open = false;
  });
  return {
    write: (text) => {
      if (open) stream.write(text);
    },
    isTTY: stream.isTTY === true,
  };
}
