// A library's usual module name bound to a project's own module: `from googlecloudsdk.core import yaml` makes `yaml`
// the project's wrapper (which picks its loader itself), not PyYAML. Rules that judge a call by the library's API
// (`yaml.load` without a safe Loader) do not apply to a wrapper with the same name.
import type { RuleContext } from '../RuleContext';
import { codeMentions } from '../codeMentions';

/** Packages that do ship a module of that name (ruamel's `yaml` is a YAML library). */
const LIBRARY_PARENTS: Readonly<Record<string, string>> = { yaml: 'ruamel' };

/** The file imports `name` from another package (`from pkg import name`, not `import name`). */
export function pyModuleFromProject(ctx: RuleContext, name: string): boolean {
  const parent = LIBRARY_PARENTS[name];
  const notLibrary = parent ? `(?!${parent}\\b)` : '';
  return codeMentions(
    ctx,
    new RegExp(
      `^[ \\t]*from[ \\t]+${notLibrary}[\\w.]+[ \\t]+import[ \\t]+(\\([^)]*?|[^\\n]*?)\\b${name}\\b(?![ \\t]+as\\b)`,
      'm',
    ),
  );
}

/** The file binds a builtin's name itself (`from re import compile`, `from py_compile import compile`, a module-level
 * `def compile(...)`), so a bare call of that name is not the builtin. */
export function pyRebindsBuiltin(ctx: RuleContext, name: string): boolean {
  return codeMentions(
    ctx,
    new RegExp(
      `^[ \\t]*(from[ \\t]+[\\w.]+[ \\t]+import[ \\t]+(\\([^)]*?|[^\\n]*?)\\b${name}\\b(?![ \\t]+as\\b)|def[ \\t]+${name}[ \\t]*\\()`,
      'm',
    ),
  );
}
