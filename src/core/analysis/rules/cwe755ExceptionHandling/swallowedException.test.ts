// CWE-390 empty broad handlers (a note): flagged when a broad handler is empty, silent when it logs, re-raises or
// catches one specific exception (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'swallowed-exception',
    'python',
    'def load(path):\n    try:\n        return parse(open(path).read())\n    except:\n        pass\n',
    'def load(path):\n    try:\n        return parse(open(path).read())\n    except FileNotFoundError:\n        pass\n',
  ],
  [
    'swallowed-exception',
    'java',
    'class Store {\n  void save(Item it) {\n    try {\n      repo.write(it);\n    } catch (Exception e) {\n    }\n  }\n}\n',
    'class Store {\n  void save(Item it) {\n    try {\n      repo.write(it);\n    } catch (Exception e) {\n      log.error("save failed", e);\n      throw e;\n    }\n  }\n}\n',
  ],
  [
    'swallowed-exception',
    'javascript',
    'function settings(text) {\n  try {\n    return JSON.parse(text);\n  } catch (e) {}\n}\n',
    'function settings(text) {\n  try {\n    return JSON.parse(text);\n  } catch (e) {\n    console.error("bad settings", e);\n    return {};\n  }\n}\n',
  ],
  [
    'swallowed-exception',
    'csharp',
    'class Store {\n  void Save(Item it) {\n    try {\n      repo.Write(it);\n    } catch (Exception) { }\n  }\n}\n',
    'class Store {\n  void Save(Item it) {\n    try {\n      repo.Write(it);\n    } catch (IOException e) {\n      logger.LogError(e, "save");\n    }\n  }\n}\n',
  ],
];

describeRuleCases('CWE-390 empty broad handlers', CASES);
