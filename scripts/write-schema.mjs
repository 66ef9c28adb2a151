// Writes the exercise and course JSON Schemas from their TypeScript definitions
// (grader/spec/schema/), and the validators compiled from them, so the committed files never
// drift from the code.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The files a module of the grader lists under `name`, that module bundled and imported. */
async function filesOf(entry, name) {
  const bundle = await build({ entryPoints: [join(root, entry)], bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'warning' });
  const code = bundle.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`))[name];
}
const files = {
  ...(await filesOf('grader/spec/schema/files.ts', 'SCHEMA_FILES')),
  // The student pack's format (docs/pack.md).
  ...(await filesOf('grader/pack/schema-files.ts', 'PACK_SCHEMA_FILES')),
};
for (const [path, text] of Object.entries(files)) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  process.stdout.write(`wrote ${path}\n`);
}
