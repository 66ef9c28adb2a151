// The version of the student pack's format (docs/pack.md): `check --pack` and the self-check
// page read this one only. Apart from the schema, so that a reader loads no schema to know it.
export const PACK_FORMAT = 1;
