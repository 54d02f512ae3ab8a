// The prebuilt index file's name and format tag, apart from its zod schema (oramaIndexFile.ts) so the
// worker's load path can name the file without loading zod.
export const ORAMA_FILE_FORMAT = 'secure-codegen-playground/orama';
export const ORAMA_FILE_NAME = 'orama.json';
