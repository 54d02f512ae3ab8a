// Python imports that hide a sink's module: `from subprocess import call` then `call(...)`, or `import subprocess
// as sp` then `sp.run(...)`. Rules match qualified names (`subprocess.call`), so RuleContext.callAt rewrites such a
// callee to its qualified form. Only modules listed here are qualified: rules elsewhere match bare names (`redirect`,
// `render_template_string`) or an alias of their own (`ET.fromstring`), and those must keep matching.
import type { SyntaxNode } from '../languages/SyntaxTree';

/** Modules whose functions the rules name with the module: processes, files, deserialisers, hashes, randomness. */
const QUALIFIED_MODULES =
  /^(os|os\.path|subprocess|commands|asyncio|pexpect|pty|shutil|pickle|cPickle|_pickle|marshal|shelve|dill|jsonpickle|yaml|hashlib|random|tempfile|tarfile|ssl|requests|httpx|urllib\.request|urllib2|jwt)$/;

/** Local name -> qualified name, for the module's imports of the listed modules. */
export function pythonImportAliases(root: SyntaxNode): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!statement) continue;
    const from = statement.type === 'import_from_statement' ? statement.childForFieldName('module_name') : null;
    if (from && (from.type !== 'dotted_name' || !QUALIFIED_MODULES.test(from.text))) continue;
    for (const imported of statement.childrenForFieldName('name')) {
      if (!imported) continue;
      const aliased = imported.type === 'aliased_import';
      const name = aliased ? imported.childForFieldName('name')?.text : imported.text;
      const local = aliased ? imported.childForFieldName('alias')?.text : imported.text;
      if (!name || !local) continue;
      const qualified = from ? `${from.text}.${name}` : name;
      if (!from && !QUALIFIED_MODULES.test(name)) continue;
      if (qualified !== local) aliases.set(local, qualified);
    }
  }
  return aliases;
}

/** `call` -> `subprocess.call`, `sp.run` -> `subprocess.run`; other names unchanged. */
export function qualifyCallee(name: string, aliases: ReadonlyMap<string, string>): string {
  if (aliases.size === 0) return name;
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const qualified = aliases.get(head);
  return qualified ? qualified + name.slice(head.length) : name;
}
