// Go snippet builders shared by the Go fix-shape cases.

/** A file with one HTTP handler whose body is `body` (tab-indented lines). */
export const handler = (imports: string, body: string, extra = ''): string =>
  `package main\n\nimport (\n${imports
    .split(' ')
    .map((i) => `\t"${i}"\n`)
    .join('')})\n${extra}\nfunc handle(w http.ResponseWriter, r *http.Request) {\n${body}}\n`;

/** Reads a file and writes it back, answering 404 on error. */
export const READ_FILE = (path: string): string =>
  `\tdata, err := os.ReadFile(${path})\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Write(data)\n`;

export const BASE = 'const baseDir = "/srv/files"\n';
