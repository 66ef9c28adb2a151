// The only place that touches `process`: wires the real streams into the CLI.
import { runCli } from './main.ts';
import { processStream } from './process-stream.ts';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: processStream(process.stdout),
  stderr: processStream(process.stderr),
  exitCode: 0,
});
process.exitCode = code;
