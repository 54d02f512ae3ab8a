// CWE-79 cross-site scripting (Go rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const go = (body: string, params = 'c *gin.Context'): string => `package main\n\nfunc h(${params}) {\n${body}\n}\n`;

const CASES: RuleCase[] = [
  [
    'go-reflected-xss',
    'go',
    go('\tname := c.Query("name")\n\tc.Data(200, "text/html; charset=utf-8", []byte("<p>"+name+"</p>"))'),
    go(
      '\tname := c.Query("name")\n\tc.Data(200, "text/html; charset=utf-8", []byte("<p>"+html.EscapeString(name)+"</p>"))',
    ),
    { name: 'gin c.Data as HTML' },
  ],
  [
    'go-reflected-xss',
    'go',
    go('\treturn c.HTML(http.StatusOK, "<h1>"+c.QueryParam("q")+"</h1>")', 'c echo.Context'),
    go('\treturn c.HTML(http.StatusOK, "<h1>"+html.EscapeString(c.QueryParam("q"))+"</h1>")', 'c echo.Context'),
    { name: 'echo c.HTML' },
  ],
  [
    'go-reflected-xss',
    'go',
    go('\tc.Writer.WriteString("<b>" + c.Param("id") + "</b>")'),
    go('\tc.Writer.WriteString("<b>" + strconv.Itoa(len(c.Param("id"))) + "</b>")'),
    { name: 'gin c.Writer' },
  ],
  [
    'go-reflected-xss',
    'go',
    go(
      '\tdata := []byte("<p>" + r.FormValue("q") + "</p>")\n\tw.Write(data)',
      'w http.ResponseWriter, r *http.Request',
    ),
    go(
      '\tdata, err := json.MarshalIndent(map[string]string{"q": r.FormValue("q")}, "", "  ")\n\tif err != nil {\n\t\treturn\n\t}\n\tw.Write(data)',
      'w http.ResponseWriter, r *http.Request',
    ),
    { name: 'request text written as markup; the same text marshalled by encoding/json, which escapes <, > and &' },
  ],
  [
    'go-reflected-xss',
    'go',
    go('\tw.Write([]byte("<p>" + r.URL.Query().Get("f") + "</p>"))', 'w http.ResponseWriter, r *http.Request'),
    go(
      '\tdata, _ := os.ReadFile(filepath.Join("/srv", filepath.Base(r.URL.Query().Get("f"))))\n\tw.Write(data)',
      'w http.ResponseWriter, r *http.Request',
    ),
    { name: 'the contents of a file the request names are not its text' },
  ],
  [
    'go-reflected-xss',
    'go',
    go('\tpage.Execute(w, template.URL(r.URL.Query().Get("next")))', 'w http.ResponseWriter, r *http.Request'),
    go('\tpage.Execute(w, r.URL.Query().Get("next"))', 'w http.ResponseWriter, r *http.Request'),
    { name: 'template.URL trusts the value' },
  ],
  [
    'go-reflected-xss',
    'go',
    go(
      '\tfmt.Fprintf(w, "<p>%s: %x</p>", r.FormValue("name"), sha256.Sum256([]byte(r.FormValue("name"))))',
      'w http.ResponseWriter, r *http.Request',
    ),
    go('\tfmt.Fprintf(w, "%x", sha256.Sum256([]byte(r.FormValue("name"))))', 'w http.ResponseWriter, r *http.Request'),
    { name: 'a format whose only verbs print hex digits writes no markup' },
  ],
  [
    'go-reflected-xss',
    'go',
    go('\tfmt.Fprintln(w, "unknown user:", r.FormValue("user"))', 'w http.ResponseWriter, r *http.Request'),
    go('\tfmt.Fprintln(os.Stderr, "unknown user:", r.FormValue("user"))', 'w http.ResponseWriter, r *http.Request'),
    { name: 'the response writer; the terminal' },
  ],
  [
    'go-reflected-xss',
    'go',
    go(
      '\tw.Header().Set("Content-Type", "text/html")\n\tw.Write([]byte(r.URL.Query().Get("q")))',
      'w http.ResponseWriter, r *http.Request',
    ),
    go(
      '\tw.Header().Set("Content-Type", "application/json")\n\tw.Write([]byte(r.URL.Query().Get("q")))',
      'w http.ResponseWriter, r *http.Request',
    ),
    { name: 'a body declared HTML; one declared JSON is not parsed as a page' },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Go rules)', CASES);
