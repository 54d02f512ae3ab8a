// CWE-362 race conditions: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const CASES: RuleCase[] = [
  [
    'go-shared-map-write',
    'go',
    'package main\n\nvar visits = map[string]int{}\n\nfunc track(w http.ResponseWriter, r *http.Request) {\n\tvisits[r.URL.Path] = visits[r.URL.Path] + 1\n}\n',
    'package main\n\nvar (\n\tmu     sync.Mutex\n\tvisits = map[string]int{}\n)\n\nfunc track(w http.ResponseWriter, r *http.Request) {\n\tmu.Lock()\n\tdefer mu.Unlock()\n\tvisits[r.URL.Path] = visits[r.URL.Path] + 1\n}\n',
    { name: 'a package map written by an HTTP handler', requireCleanParse: true },
  ],
  [
    'go-shared-map-write',
    'go',
    'package main\n\nfunc sizes(paths []string) map[string]int64 {\n\tout := make(map[string]int64)\n\tvar wg sync.WaitGroup\n\tfor _, p := range paths {\n\t\twg.Add(1)\n\t\tgo func(p string) {\n\t\t\tdefer wg.Done()\n\t\t\tst, _ := os.Stat(p)\n\t\t\tout[p] = st.Size()\n\t\t}(p)\n\t}\n\twg.Wait()\n\treturn out\n}\n',
    'package main\n\nfunc sizes(paths []string) map[string]int64 {\n\tvar wg sync.WaitGroup\n\tfor _, p := range paths {\n\t\twg.Add(1)\n\t\tgo func(p string) {\n\t\t\tdefer wg.Done()\n\t\t\tlocal := make(map[string]int64)\n\t\t\tst, _ := os.Stat(p)\n\t\t\tlocal[p] = st.Size()\n\t\t\treport(local)\n\t\t}(p)\n\t}\n\twg.Wait()\n\treturn nil\n}\n',
    { name: 'a map of the caller written by goroutines' },
  ],
  [
    'go-shared-map-write',
    'go',
    'package main\n\nfunc count(parts [][]string) map[string]int {\n\tseen := make(map[string]int)\n\tvar wg sync.WaitGroup\n\tfor i := range parts {\n\t\twg.Add(1)\n\t\tgo func(i int) {\n\t\t\tdefer wg.Done()\n\t\t\tseen[parts[i][0]] = i\n\t\t}(i)\n\t}\n\twg.Wait()\n\treturn seen\n}\n',
    'package main\n\nfunc count(parts [][]string) []map[string]int {\n\tseen := make([]map[string]int, len(parts))\n\tvar wg sync.WaitGroup\n\tfor i := range parts {\n\t\twg.Add(1)\n\t\tgo func(i int) {\n\t\t\tdefer wg.Done()\n\t\t\tseen[i] = make(map[string]int)\n\t\t}(i)\n\t}\n\twg.Wait()\n\treturn seen\n}\n',
    { name: 'one shared map; a slice of maps, each goroutine setting its own element', requireCleanParse: true },
  ],
  [
    'go-shared-map-write',
    'go',
    'package main\n\nvar hits = make(map[string]int)\n\nfunc count(c *gin.Context) {\n\thits[c.FullPath()]++\n}\n',
    'package main\n\nvar hits sync.Map\n\nfunc count(c *gin.Context) {\n\tn, _ := hits.LoadOrStore(c.FullPath(), new(atomic.Int64))\n\tn.(*atomic.Int64).Add(1)\n}\n',
    { name: 'an increment in a gin handler' },
  ],
  [
    'go-shared-map-write',
    'go',
    'package stats\n\ntype Hits struct {\n\tby map[string]int\n}\n\nfunc (h *Hits) Wrap(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\th.by[r.Host]++\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n',
    'package stats\n\ntype Hits struct {\n\tmu sync.Mutex\n\tby map[string]int\n}\n\nfunc (h *Hits) Wrap(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\th.mu.Lock()\n\t\th.by[r.Host]++\n\t\th.mu.Unlock()\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n',
    { name: 'a struct field map written by a middleware', requireCleanParse: true },
  ],
  [
    'go-shared-map-write',
    'go',
    'package stats\n\ntype Reply struct {\n\tFields map[string]string\n}\n\nvar last Reply\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tlast.Fields[r.URL.Path] = r.Method\n}\n',
    'package stats\n\ntype Reply struct {\n\tFields map[string]string\n}\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\treply := Reply{Fields: map[string]string{}}\n\treply.Fields[r.URL.Path] = r.Method\n\tjson.NewEncoder(w).Encode(reply)\n}\n',
    { name: "a package struct's map field; a struct made for the request", requireCleanParse: true },
  ],
  [
    'java-check-then-act-field',
    'java',
    '@Service\nclass Seats {\n  private final Map<String, String> taken = new HashMap<>();\n  boolean book(String seat, String user) {\n    if (!taken.containsKey(seat)) {\n      taken.put(seat, user);\n      return true;\n    }\n    return false;\n  }\n}\n',
    '@Service\nclass Seats {\n  private final Map<String, String> taken = new HashMap<>();\n  synchronized boolean book(String seat, String user) {\n    if (!taken.containsKey(seat)) {\n      taken.put(seat, user);\n      return true;\n    }\n    return false;\n  }\n}\n',
    { cwe: 'CWE-362', name: 'a map in a Spring bean; the method synchronized', requireCleanParse: true },
  ],
  [
    'java-check-then-act-field',
    'java',
    'class Counter extends HttpServlet {\n  private int left = 10;\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {\n    if (left > 0) {\n      left--;\n    }\n  }\n}\n',
    'class Counter extends HttpServlet {\n  private final AtomicInteger left = new AtomicInteger(10);\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {\n    left.updateAndGet(n -> n > 0 ? n - 1 : n);\n  }\n}\n',
    { name: 'a counter field in a servlet; an atomic update' },
  ],
];

describeRuleCases('CWE-362 race conditions', CASES);

describe('java-check-then-act-field tier', () => {
  it('is a note in a class with no sign of being shared between threads', async () => {
    const code =
      'class Tally {\n  private int left = 3;\n  void take() {\n    if (left > 0) {\n      left--;\n    }\n  }\n}\n';
    const record = await analyzeCode(code, 'java', nodeParser());
    const hits = record.findings.filter((f) => f.rule === 'java-check-then-act-field');
    expect(hits.map((f) => f.tier)).toEqual(['note']);
  });
});
