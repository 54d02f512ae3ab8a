// CWE-643 XPath injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'xpath-injection',
    'python',
    'def find(doc, request):\n    return doc.find(".//user[@name=\'" + request.GET["n"] + "\']")\n',
    'def find(db, request):\n    return db.users.find({"name": "x" + request.GET["n"]})\n',
    { name: 'a dictionary filter is a document-store query, not XPath' },
  ],
  [
    'go-xpath-built',
    'go',
    'package dir\n\nfunc Member(doc *xmlquery.Node, r *http.Request) *xmlquery.Node {\n\tgroup := r.FormValue("group")\n\treturn xmlquery.FindOne(doc, "//group[@id=\'"+group+"\']")\n}\n',
    'package dir\n\nvar groupID = regexp.MustCompile(`^[a-z0-9-]{1,24}$`)\n\nfunc Member(doc *xmlquery.Node, r *http.Request) *xmlquery.Node {\n\tgroup := r.FormValue("group")\n\tif !groupID.MatchString(group) {\n\t\treturn nil\n\t}\n\treturn xmlquery.FindOne(doc, "//group[@id=\'"+group+"\']")\n}\n',
  ],
  [
    'go-xpath-built',
    'go',
    'package dir\n\nfunc Compile(sku string) (*xpath.Expr, error) {\n\treturn xpath.Compile(fmt.Sprintf("//product[sku=\'%s\']", sku))\n}\n',
    'package dir\n\nfunc Compile() (*xpath.Expr, error) {\n\treturn xpath.Compile("//product[sku=$sku]")\n}\n',
  ],
  [
    'cs-xpath-built',
    'csharp',
    'class Menu { XmlNodeList Dishes(XmlDocument d, string course) { return d.SelectNodes("//dish[@course=\'" + course + "\']"); } }\n',
    'class Menu { XmlNodeList Dishes(XmlDocument d, string course) { if (!Courses.Contains(course)) { return null; } return d.SelectNodes("//dish[@course=\'" + course + "\']"); } }\n',
  ],
  [
    'cs-xpath-built',
    'csharp',
    m('return doc.SelectSingleNode("//u[@n=\'" + s + "\']");'),
    m('return doc.SelectSingleNode("//u");'),
    { requireCleanParse: true },
  ],
  [
    'c-xpath-built',
    'c',
    'xmlXPathObjectPtr find(xmlXPathContextPtr ctx, const char *name) {\n  char q[256];\n  snprintf(q, sizeof q, "//user[@name=\'%s\']", name);\n  return xmlXPathEvalExpression((const xmlChar *)q, ctx);\n}\n',
    'xmlXPathObjectPtr find(xmlXPathContextPtr ctx, const char *name) {\n  char q[256];\n  if (strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789") != strlen(name)) return NULL;\n  snprintf(q, sizeof q, "//user[@name=\'%s\']", name);\n  return xmlXPathEvalExpression((const xmlChar *)q, ctx);\n}\n',
    { name: 'snprintf-built query vs an allowlist check first', requireCleanParse: true },
  ],
  [
    'c-xpath-built',
    'cpp',
    'pugi::xpath_node_set find(const pugi::xml_document &doc, const std::string &id) {\n  std::string q = "//item[@id=\'" + id + "\']";\n  return doc.select_nodes(q.c_str());\n}\n',
    'pugi::xpath_node_set find(const pugi::xml_document &doc) {\n  std::string q = "//item[@id=\'" + std::string("fixed") + "\']";\n  return doc.select_nodes("//item[@kind=\'book\']");\n}\n',
    { name: 'std::string concatenation vs a constant query' },
  ],
];

describeRuleCases('CWE-643 XPath injection', CASES);
