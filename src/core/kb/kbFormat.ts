// The artefact's format name and version, kept apart from its zod schema so code that only checks
// them (the browser worker's fast path) does not load zod. Bump the version whenever the artefact's
// shape changes: the worker trusts a built artefact of the same version (acceptBuiltArtefact.ts) and
// kbFormat.test.ts fails until the schema fingerprint recorded for this version is updated.
export const KB_FORMAT = 'secure-codegen-playground/kb';
export const KB_FORMAT_VERSION = 8;
