// Fix shapes met in whole project modules (fixtures/webFixStylePairs, session 14): the check sits on the request
// value while the sink gets a path, URL or query built from it, or the check is a helper elsewhere in the module.
import type { FixShapeCase } from './fixShapeCase';

const servlet = (body: string): string =>
  `import java.nio.file.*;\nimport java.util.regex.Pattern;\nimport jakarta.servlet.http.*;\npublic class T {\n  private static final Pattern ID = Pattern.compile("^[a-f0-9]{32}$");\n  private Path dir;\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {\n    String id = req.getParameter("id");\n${body}    byte[] b = Files.readAllBytes(dir.resolve(id + ".jpg"));\n  }\n}\n`;

export const PROJECT_MODULE_CASES: FixShapeCase[] = [
  {
    name: 'a Java Path.resolve of a base and a name covered by a pattern check of the name',
    language: 'java',
    cwe: 'CWE-22',
    vulnerable: servlet('    if (id.isEmpty()) {\n      return;\n    }\n'),
    fixed: servlet('    if (!ID.matcher(id).matches()) {\n      return;\n    }\n'),
  },
];
