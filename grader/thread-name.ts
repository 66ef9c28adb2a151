// Names the calling thread where Linux lets a thread do so (/proc/thread-self/comm, 15 bytes
// at most), so that `top -H`, `ps -L` and the bench's CPU split tell the grader's threads
// apart. Elsewhere, or if /proc is not writable, nothing happens.
import { writeFileSync } from 'node:fs';

export const THREAD_NAMES = { sandbox: 'grader-sandbox', grade: 'grader-grade' } as const;

export function nameThisThread(name: string): void {
  try {
    writeFileSync('/proc/thread-self/comm', name.slice(0, 15));
  } catch {
    // Not Linux, or no /proc: the name is only a convenience.
  }
}
