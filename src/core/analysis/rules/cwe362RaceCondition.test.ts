// CWE-362 race conditions: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

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
    'package main\n\nvar hits = make(map[string]int)\n\nfunc count(c *gin.Context) {\n\thits[c.FullPath()]++\n}\n',
    'package main\n\nvar hits sync.Map\n\nfunc count(c *gin.Context) {\n\tn, _ := hits.LoadOrStore(c.FullPath(), new(atomic.Int64))\n\tn.(*atomic.Int64).Add(1)\n}\n',
    { name: 'an increment in a gin handler' },
  ],
];

describeRuleCases('CWE-362 race conditions', CASES);
