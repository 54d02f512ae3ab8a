// The class hierarchy a C++ file writes out: for each class or struct with a base clause, its direct bases.
// Read once per file; the downcast rule asks which classes derive from a base.
import type { RuleContext } from '../RuleContext';
import { walk } from '../walk';

/** Class name -> names of its direct bases (`class Dog : public Animal` gives Dog -> [Animal]). */
export function classBases(ctx: RuleContext): Map<string, string[]> {
  const cached = ctx.memo.get('cppClassBases') as Map<string, string[]> | undefined;
  if (cached) return cached;
  const bases = new Map<string, string[]>();
  ctx.memo.set('cppClassBases', bases);
  for (const n of walk(ctx.root)) {
    if (n.type !== 'class_specifier' && n.type !== 'struct_specifier') continue;
    const name = n.childForFieldName('name')?.text;
    const clause = n.namedChildren.find((c) => c?.type === 'base_class_clause');
    if (!name || !clause) continue;
    const names = [...clause.text.matchAll(/(?:^:|,)\s*(?:(?:public|protected|private|virtual)\s+)*([\w:]+)/g)];
    bases.set(name, names.map((m) => (m[1] ?? '').replace(/^.*::/, '')).filter(Boolean));
  }
  return bases;
}

/** Classes of the file that derive directly from `base`. */
export function derivedFrom(base: string, ctx: RuleContext): string[] {
  return [...classBases(ctx)].filter(([, bs]) => bs.includes(base)).map(([name]) => name);
}
