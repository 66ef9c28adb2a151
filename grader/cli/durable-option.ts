// `--durable`, shared by the commands that write a class's files (grade, report, merge).
export const DURABLE_HELP =
  'flush every file to disk before renaming it into place, so that the output survives a power cut (slower; without it a killed run is still safe to rerun)';
