// CWE-79 cross-site scripting (C and C++ rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-html-format-unescaped',
    'c',
    'int main(void) {\n  const char *q = getenv("QUERY_STRING");\n  printf("Content-Type: text/html\\r\\n\\r\\n<p>You searched for %s</p>\\n", q);\n  return 0;\n}\n',
    'int main(void) {\n  const char *q = getenv("QUERY_STRING");\n  char *safe = html_escape(q);\n  printf("Content-Type: text/html\\r\\n\\r\\n<p>You searched for %s</p>\\n", safe);\n  return 0;\n}\n',
    { name: 'CGI query string printed into a page', requireCleanParse: true },
  ],
  [
    'c-html-format-unescaped',
    'c',
    'void greet(char *out, size_t n, const char *username) {\n  snprintf(out, n, "<h1>Welcome, %s!</h1>", username);\n}\n',
    'void greet(char *out, size_t n, int visits) {\n  snprintf(out, n, "<h1>Welcome back, visit %d!</h1>", visits);\n}\n',
    { name: 'a parameter formatted into markup' },
  ],
  [
    'cpp-html-concat-unescaped',
    'cpp',
    'std::string card(const std::string &name) {\n  return "<div class=\\"card\\">" + name + "</div>";\n}\n',
    'std::string card(const std::string &name) {\n  return "<div class=\\"card\\">" + escape_html(name) + "</div>";\n}\n',
    { name: 'std::string concatenation' },
  ],
  [
    'cpp-html-concat-unescaped',
    'cpp',
    'void page(std::ostream &out, const std::string &comment) {\n  out << "<p>" << comment << "</p>\\n";\n}\n',
    'void page(std::ostream &out, const std::string &comment) {\n  std::cerr << "<p>" << comment << "</p>\\n";\n}\n',
    { name: 'a stream; stderr is a log' },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (C and C++ rules)', CASES);
