// Go fix shapes for path and command sinks: each weakness in a handler, and the check or call a real fix adds.
import type { FixShapeCase } from './fixShapeCase';
import { handler, READ_FILE, BASE } from './goSnippet';

export const GO_PATH_COMMAND_CASES: FixShapeCase[] = [
  {
    name: 'filepath.Clean then strings.HasPrefix against the base',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable: handler(
      'net/http os path/filepath',
      '\tname := r.URL.Query().Get("file")\n\tfull := filepath.Join(baseDir, name)\n' + READ_FILE('full'),
      BASE,
    ),
    fixed: handler(
      'net/http os path/filepath strings',
      '\tname := r.URL.Query().Get("file")\n\tfull := filepath.Clean(filepath.Join(baseDir, name))\n' +
        '\tif !strings.HasPrefix(full, baseDir+string(os.PathSeparator)) {\n\t\thttp.Error(w, "forbidden", http.StatusForbidden)\n\t\treturn\n\t}\n' +
        READ_FILE('full'),
      BASE,
    ),
  },
  {
    name: 'filepath.Rel and a test for a leading ..',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable: handler(
      'net/http os path/filepath',
      '\tfull := filepath.Join(baseDir, r.FormValue("path"))\n' + READ_FILE('full'),
      BASE,
    ),
    fixed: handler(
      'net/http os path/filepath strings',
      '\tfull, err := filepath.Abs(filepath.Join(baseDir, r.FormValue("path")))\n\tif err != nil {\n\t\treturn\n\t}\n' +
        '\trel, err := filepath.Rel(baseDir, full)\n\tif err != nil || strings.HasPrefix(rel, "..") {\n\t\thttp.Error(w, "forbidden", http.StatusForbidden)\n\t\treturn\n\t}\n' +
        READ_FILE('full'),
      BASE,
    ),
  },
  {
    name: 'filepath.Base keeps only the last element',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable: handler(
      'net/http os path/filepath',
      '\tname := r.URL.Query().Get("name")\n' + READ_FILE('filepath.Join(baseDir, name)'),
      BASE,
    ),
    fixed: handler(
      'net/http os path/filepath',
      '\tname := filepath.Base(r.URL.Query().Get("name"))\n' + READ_FILE('filepath.Join(baseDir, name)'),
      BASE,
    ),
  },
  {
    name: 'a helper of the file that matches a regular expression, as an early return',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable: handler(
      'net/http os path/filepath',
      '\tname := r.URL.Query().Get("report")\n' + READ_FILE('filepath.Join(baseDir, name+".csv")'),
      BASE,
    ),
    fixed: handler(
      'net/http os path/filepath regexp',
      '\tname := r.URL.Query().Get("report")\n\tif !isSafeName(name) {\n\t\thttp.Error(w, "bad name", http.StatusBadRequest)\n\t\treturn\n\t}\n' +
        READ_FILE('filepath.Join(baseDir, name+".csv")'),
      BASE +
        'var reportName = regexp.MustCompile(`^[a-z0-9_-]{1,64}$`)\n\nfunc isSafeName(s string) bool {\n\treturn reportName.MatchString(s)\n}\n',
    ),
  },
  {
    name: 'a boolean allow-list map tested before the command',
    language: 'go',
    cwe: 'CWE-78',
    vulnerable: handler(
      'net/http os/exec',
      '\tformat := r.URL.Query().Get("format")\n\tout, _ := exec.Command("sh", "-c", "convert in.png out."+format).Output()\n\tw.Write(out)\n',
    ),
    fixed: handler(
      'net/http os/exec',
      '\tformat := r.URL.Query().Get("format")\n\tif !allowedFormats[format] {\n\t\thttp.Error(w, "unsupported", http.StatusBadRequest)\n\t\treturn\n\t}\n' +
        '\tout, _ := exec.Command("sh", "-c", "convert in.png out."+format).Output()\n\tw.Write(out)\n',
      'var allowedFormats = map[string]bool{"png": true, "jpg": true}\n',
    ),
  },
  {
    name: 'a comma-ok look-up in an allow-list map',
    language: 'go',
    cwe: 'CWE-78',
    vulnerable: handler(
      'net/http os/exec',
      '\ttool := r.FormValue("tool")\n\texec.Command("sh", "-c", tool+" --version").Run()\n',
    ),
    fixed: handler(
      'net/http os/exec',
      '\ttool := r.FormValue("tool")\n\tif _, ok := tools[tool]; !ok {\n\t\treturn\n\t}\n\texec.Command("sh", "-c", tool+" --version").Run()\n',
      'var tools = map[string]struct{}{"git": {}, "go": {}}\n',
    ),
  },
  {
    name: 'exec.Command with the program and its arguments, no shell',
    language: 'go',
    cwe: 'CWE-78',
    vulnerable: handler(
      'net/http os/exec',
      '\thost := r.URL.Query().Get("host")\n\tout, _ := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()\n\tw.Write(out)\n',
    ),
    fixed: handler(
      'net/http os/exec',
      '\thost := r.URL.Query().Get("host")\n\tout, _ := exec.Command("ping", "-c", "1", "--", host).CombinedOutput()\n\tw.Write(out)\n',
    ),
  },
  {
    name: 'a regular expression compiled inline, tested before the command',
    language: 'go',
    cwe: 'CWE-78',
    vulnerable: handler(
      'net/http os/exec',
      '\tbranch := r.URL.Query().Get("branch")\n\texec.Command("bash", "-c", "git checkout "+branch).Run()\n',
    ),
    fixed: handler(
      'net/http os/exec regexp',
      '\tbranch := r.URL.Query().Get("branch")\n\tif !regexp.MustCompile(`^[A-Za-z0-9._/-]+$`).MatchString(branch) {\n\t\treturn\n\t}\n' +
        '\texec.Command("bash", "-c", "git checkout "+branch).Run()\n',
    ),
  },
];
