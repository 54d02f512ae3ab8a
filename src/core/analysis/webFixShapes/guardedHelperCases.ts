// Checks wrapped in a helper that returns the checked value (`p, err := s.pathFor(name)`): the helper's returned
// values are each a constant, a sanitised value or a value checked on the way to its `return`, so its result is
// safe (localHelpers.ts). Each vulnerable twin is the same helper without the check.
import type { FixShapeCase } from './fixShapeCase';

const GO_STORE = (helperBody: string): string =>
  'package files\n\nimport (\n\t"errors"\n\t"net/http"\n\t"os"\n\t"path/filepath"\n\t"strings"\n)\n\n' +
  'type Store struct{ Root string }\n\nvar errOutside = errors.New("outside")\n\n' +
  `func (s *Store) pathFor(name string) (string, error) {\n${helperBody}}\n\n` +
  'func (s *Store) Download(w http.ResponseWriter, r *http.Request) {\n\tp, err := s.pathFor(r.URL.Query().Get("name"))\n' +
  '\tif err != nil {\n\t\thttp.Error(w, "bad name", http.StatusBadRequest)\n\t\treturn\n\t}\n' +
  '\tdata, err := os.ReadFile(p)\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Write(data)\n}\n';

const GO_JOIN =
  '\troot, err := filepath.Abs(s.Root)\n\tif err != nil {\n\t\treturn "", err\n\t}\n\tp := filepath.Join(root, name)\n';

const JAVA_REPORTS = (check: string): string =>
  'import java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class Reports {\n' +
  '    private final Path root = Paths.get("/var/reports").toAbsolutePath().normalize();\n\n' +
  `    private Path inside(String name) {\n        Path target = root.resolve(name).normalize();\n${check}        return target;\n    }\n\n` +
  '    @GetMapping("/reports/{name}")\n    public byte[] download(@PathVariable String name) throws Exception {\n' +
  '        Path file = inside(name);\n        return Files.readAllBytes(file);\n    }\n}\n';

const GO_REDIRECT = (helperBody: string): string =>
  'package web\n\nimport (\n\t"net/http"\n\t"net/url"\n\t"strings"\n)\n\n' +
  `func safeNext(raw string) string {\n${helperBody}}\n\n` +
  'func Login(w http.ResponseWriter, r *http.Request) {\n\tnext := safeNext(r.FormValue("next"))\n' +
  '\thttp.Redirect(w, r, next, http.StatusSeeOther)\n}\n';

export const GUARDED_HELPER_CASES: FixShapeCase[] = [
  {
    name: 'a Go method that returns the path only after Clean + HasPrefix, or an error',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable: GO_STORE(`${GO_JOIN}\treturn p, nil\n`),
    fixed: GO_STORE(
      `${GO_JOIN}\tp = filepath.Clean(p)\n\tif !strings.HasPrefix(p, root+string(os.PathSeparator)) {\n\t\treturn "", errOutside\n\t}\n\treturn p, nil\n`,
    ),
  },
  {
    name: 'a Go method that rejects a relative path starting with ..',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable: GO_STORE(`${GO_JOIN}\trel, _ := filepath.Rel(root, p)\n\t_ = rel\n\treturn p, nil\n`),
    fixed: GO_STORE(
      `${GO_JOIN}\trel, err := filepath.Rel(root, p)\n\tif err != nil || strings.HasPrefix(rel, "..") {\n\t\treturn "", errOutside\n\t}\n\treturn p, nil\n`,
    ),
  },
  {
    name: 'a Java helper that throws unless normalize().startsWith(root)',
    language: 'java',
    cwe: 'CWE-22',
    vulnerable: JAVA_REPORTS(''),
    fixed: JAVA_REPORTS(
      '        if (!target.startsWith(root)) {\n            throw new IllegalArgumentException("outside");\n        }\n',
    ),
  },
  {
    name: 'a Go redirect helper that returns a checked local path or "/"',
    language: 'go',
    cwe: 'CWE-601',
    vulnerable: GO_REDIRECT('\tif raw == "" {\n\t\treturn "/"\n\t}\n\treturn raw\n'),
    fixed: GO_REDIRECT(
      '\tu, err := url.Parse(raw)\n\tif err != nil {\n\t\treturn "/"\n\t}\n' +
        '\tif u.Host == "" && strings.HasPrefix(u.Path, "/") && !strings.HasPrefix(u.Path, "//") {\n\t\treturn u.Path\n\t}\n\treturn "/"\n',
    ),
  },
];
