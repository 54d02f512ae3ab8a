// CWE-476 in Java: a lookup that is null when the key is absent, dereferenced or unboxed; other `get` APIs and
// lookups with a fallback stay clean (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const R = 'java-null-lookup-deref';
const java = (body: string): string => `import java.util.*;\nimport java.nio.*;\n\nclass Stock {\n${body}\n}\n`;

const CASES: RuleCase[] = [
  [
    R,
    'java',
    java('  int count(Map<String, Integer> levels, String item) {\n    int n = levels.get(item);\n    return n;\n  }'),
    java('  int count(IntBuffer levels, int item) {\n    int n = levels.get(item);\n    return n;\n  }'),
    { name: 'a map entry unboxed; a buffer slot is never null', requireCleanParse: true },
  ],
  [
    R,
    'java',
    java(
      '  private final Map<String, Long> seen = new HashMap<>();\n  long last(String id) {\n    long t = seen.get(id);\n    return t;\n  }',
    ),
    java('  long last(ByteBuffer frame) {\n    long t = frame.get();\n    return t;\n  }'),
    { name: 'a map field; a no-argument get is not Map.get', requireCleanParse: true },
  ],
  [
    R,
    'java',
    java('  boolean dev() {\n    return System.getProperty("app.mode").equals("dev");\n  }'),
    java('  boolean dev() {\n    return System.getProperty("app.mode", "prod").equals("dev");\n  }'),
    { name: 'a property with no fallback; one with a fallback', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-476 null lookups (Java)', CASES);
