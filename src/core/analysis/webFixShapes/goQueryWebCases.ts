// Go fix shapes for queries, fetches, redirects, markup, tokens, bodies and JWTs (fixShapeCase.ts).
import type { FixShapeCase } from './fixShapeCase';
import { handler } from './goSnippet';

export const GO_QUERY_WEB_CASES: FixShapeCase[] = [
  {
    name: 'strconv.Atoi turns the value into a number',
    language: 'go',
    cwe: 'CWE-89',
    vulnerable: handler(
      'database/sql fmt net/http',
      '\tid := r.URL.Query().Get("id")\n\trows, _ := db.Query(fmt.Sprintf("SELECT name FROM users WHERE id = %s", id))\n\tdefer rows.Close()\n',
      'var db *sql.DB\n',
    ),
    fixed: handler(
      'database/sql fmt net/http strconv',
      '\tid, err := strconv.Atoi(r.URL.Query().Get("id"))\n\tif err != nil {\n\t\thttp.Error(w, "bad id", http.StatusBadRequest)\n\t\treturn\n\t}\n' +
        '\trows, _ := db.Query(fmt.Sprintf("SELECT name FROM users WHERE id = %d", id))\n\tdefer rows.Close()\n',
      'var db *sql.DB\n',
    ),
  },
  {
    name: 'db.Query with placeholders and arguments',
    language: 'go',
    cwe: 'CWE-89',
    vulnerable: handler(
      'database/sql net/http',
      '\temail := r.FormValue("email")\n\trow := db.QueryRow("SELECT id FROM users WHERE email = \'" + email + "\'")\n\tvar id int\n\trow.Scan(&id)\n',
      'var db *sql.DB\n',
    ),
    fixed: handler(
      'database/sql net/http',
      '\temail := r.FormValue("email")\n\trow := db.QueryRow("SELECT id FROM users WHERE email = $1", email)\n\tvar id int\n\trow.Scan(&id)\n',
      'var db *sql.DB\n',
    ),
  },
  {
    name: 'a sort column picked from a constant map by the request key',
    language: 'go',
    cwe: 'CWE-89',
    vulnerable: handler(
      'database/sql net/http',
      '\tcol := r.URL.Query().Get("sort")\n\trows, _ := db.Query("SELECT id, name FROM items ORDER BY " + col)\n\tdefer rows.Close()\n',
      'var db *sql.DB\n',
    ),
    fixed: handler(
      'database/sql net/http',
      '\tcol, ok := sortColumns[r.URL.Query().Get("sort")]\n\tif !ok {\n\t\tcol = "id"\n\t}\n' +
        '\trows, _ := db.Query("SELECT id, name FROM items ORDER BY " + col)\n\tdefer rows.Close()\n',
      'var db *sql.DB\n\nvar sortColumns = map[string]string{"name": "name", "newest": "created_at DESC"}\n',
    ),
  },
  {
    name: 'url.Parse and a host allow-list before http.Get',
    language: 'go',
    cwe: 'CWE-918',
    vulnerable: handler(
      'io net/http',
      '\ttarget := r.URL.Query().Get("url")\n\tresp, err := http.Get(target)\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tio.Copy(w, resp.Body)\n',
    ),
    fixed: handler(
      'io net/http net/url',
      '\ttarget := r.URL.Query().Get("url")\n\tu, err := url.Parse(target)\n\tif err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {\n\t\thttp.Error(w, "host not allowed", http.StatusBadRequest)\n\t\treturn\n\t}\n' +
        '\tresp, err := http.Get(u.String())\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tio.Copy(w, resp.Body)\n',
      'var allowedHosts = map[string]bool{"api.example.com": true}\n',
    ),
  },
  {
    name: 'a redirect only to a local path (a leading / but not //)',
    language: 'go',
    cwe: 'CWE-601',
    vulnerable: handler(
      'net/http',
      '\tnext := r.URL.Query().Get("next")\n\thttp.Redirect(w, r, next, http.StatusFound)\n',
    ),
    fixed: handler(
      'net/http strings',
      '\tnext := r.URL.Query().Get("next")\n\tif !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {\n\t\tnext = "/"\n\t}\n\thttp.Redirect(w, r, next, http.StatusFound)\n',
    ),
  },
  {
    name: 'url.Parse and a host comparison before a redirect',
    language: 'go',
    cwe: 'CWE-601',
    vulnerable: handler(
      'net/http',
      '\treturnTo := r.FormValue("return_to")\n\thttp.Redirect(w, r, returnTo, http.StatusSeeOther)\n',
    ),
    fixed: handler(
      'net/http net/url',
      '\treturnTo := r.FormValue("return_to")\n\tu, err := url.Parse(returnTo)\n\tif err != nil || (u.Host != "" && u.Host != "app.example.com") {\n\t\treturnTo = "/"\n\t}\n\thttp.Redirect(w, r, returnTo, http.StatusSeeOther)\n',
    ),
  },
  {
    name: 'html.EscapeString before writing HTML',
    language: 'go',
    cwe: 'CWE-79',
    vulnerable: handler(
      'fmt net/http',
      '\tname := r.URL.Query().Get("name")\n\tfmt.Fprintf(w, "<h1>Hello %s</h1>", name)\n',
    ),
    fixed: handler(
      'fmt html net/http',
      '\tname := r.URL.Query().Get("name")\n\tfmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(name))\n',
    ),
  },
  {
    name: 'html/template escapes what text/template does not',
    language: 'go',
    cwe: 'CWE-79',
    vulnerable: handler(
      'net/http text/template',
      '\tpage.Execute(w, map[string]string{"Q": r.URL.Query().Get("q")})\n',
      'var page = template.Must(template.New("p").Parse(`<p>You searched for {{.Q}}</p>`))\n',
    ),
    fixed: handler(
      'html/template net/http',
      '\tpage.Execute(w, map[string]string{"Q": r.URL.Query().Get("q")})\n',
      'var page = template.Must(template.New("p").Parse(`<p>You searched for {{.Q}}</p>`))\n',
    ),
  },
  {
    name: 'crypto/rand for a session token',
    language: 'go',
    cwe: 'CWE-338',
    vulnerable:
      'package main\n\nimport (\n\t"encoding/hex"\n\t"math/rand"\n)\n\nfunc newSessionToken() string {\n\tb := make([]byte, 32)\n\tfor i := range b {\n\t\tb[i] = byte(rand.Intn(256))\n\t}\n\treturn hex.EncodeToString(b)\n}\n',
    fixed:
      'package main\n\nimport (\n\t"crypto/rand"\n\t"encoding/hex"\n)\n\nfunc newSessionToken() (string, error) {\n\tb := make([]byte, 32)\n\tif _, err := rand.Read(b); err != nil {\n\t\treturn "", err\n\t}\n\treturn hex.EncodeToString(b), nil\n}\n',
  },
  {
    name: 'http.MaxBytesReader caps the body',
    language: 'go',
    cwe: 'CWE-400',
    vulnerable: handler(
      'encoding/json io net/http',
      '\tbody, err := io.ReadAll(r.Body)\n\tif err != nil {\n\t\treturn\n\t}\n\tvar order map[string]any\n\tjson.Unmarshal(body, &order)\n',
    ),
    fixed: handler(
      'encoding/json io net/http',
      '\tr.Body = http.MaxBytesReader(w, r.Body, 1<<20)\n\tbody, err := io.ReadAll(r.Body)\n\tif err != nil {\n\t\treturn\n\t}\n\tvar order map[string]any\n\tjson.Unmarshal(body, &order)\n',
    ),
  },
  {
    name: 'io.LimitReader caps the body',
    language: 'go',
    cwe: 'CWE-400',
    vulnerable: handler(
      'encoding/json io net/http',
      '\tbody, err := io.ReadAll(r.Body)\n\tif err != nil {\n\t\treturn\n\t}\n\tvar order map[string]any\n\tjson.Unmarshal(body, &order)\n',
    ),
    fixed: handler(
      'encoding/json io net/http',
      '\tbody, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))\n\tif err != nil {\n\t\treturn\n\t}\n\tvar order map[string]any\n\tjson.Unmarshal(body, &order)\n',
    ),
  },
  {
    name: 'jwt.Parse with a key function that checks the signing method',
    language: 'go',
    cwe: 'CWE-347',
    vulnerable:
      'package main\n\nimport "github.com/golang-jwt/jwt/v5"\n\nvar secret = loadSecret()\n\nfunc parseToken(raw string) (*jwt.Token, error) {\n\treturn jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {\n\t\treturn secret, nil\n\t})\n}\n',
    fixed:
      'package main\n\nimport (\n\t"fmt"\n\n\t"github.com/golang-jwt/jwt/v5"\n)\n\nvar secret = loadSecret()\n\nfunc parseToken(raw string) (*jwt.Token, error) {\n\treturn jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {\n\t\tif _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {\n\t\t\treturn nil, fmt.Errorf("unexpected method %v", t.Header["alg"])\n\t\t}\n\t\treturn secret, nil\n\t})\n}\n',
  },
  {
    name: 'a helper parameter joined under a base, cleaned and checked',
    language: 'go',
    cwe: 'CWE-22',
    vulnerable:
      'package files\n\nimport (\n\t"os"\n\t"path/filepath"\n)\n\nfunc ReadUserFile(root, name string) ([]byte, error) {\n\treturn os.ReadFile(filepath.Join(root, name))\n}\n',
    fixed:
      'package files\n\nimport (\n\t"errors"\n\t"os"\n\t"path/filepath"\n\t"strings"\n)\n\nfunc ReadUserFile(root, name string) ([]byte, error) {\n\tp := filepath.Join(root, filepath.Clean("/"+name))\n\tif !strings.HasPrefix(p, filepath.Clean(root)+string(filepath.Separator)) {\n\t\treturn nil, errors.New("outside root")\n\t}\n\treturn os.ReadFile(p)\n}\n',
  },
];
