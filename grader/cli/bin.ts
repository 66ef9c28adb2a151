// The only place that touches `process`: wires the real streams into the CLI.
import { runCli } from './main.ts';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
  stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
  exitCode: 0,
});
process.exitCode = code;
