// An index set only from what `fread` returned: `got = fread(buf, 1, sizeof buf - 1, fp); buf[got] = 0;` is the
// usual way to terminate what was read. fread returns a size_t no larger than its count argument, so when that
// count is below the indexed buffer's capacity, the write is in range. (`read`/`recv` can return -1 and stay with
// the comparison guards.)
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { constantValue, extentAt } from './cConstantExtent';
import { valuesBefore } from './localValuesBefore';

const unwrap = (n: SyntaxNode): SyntaxNode =>
  n.type === 'parenthesized_expression' || n.type === 'cast_expression' ? unwrap(n.namedChildren.at(-1) ?? n) : n;

/** Every value `name` gets before `at` is an `fread` into `array` whose item count is below the array's capacity. */
export function readCountBelowCapacity(name: string, array: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const extent = extentAt(array, at, ctx);
  if (!extent || extent.element <= 0) return false;
  const capacity = Math.floor(extent.bytes / extent.element);
  const values = valuesBefore(name, at, ctx);
  return (
    values.length > 0 &&
    values.every((v) => {
      const call = unwrap(v);
      if (call.type !== 'call_expression') return false;
      if (!/^(std::)?fread$/.test(call.childForFieldName('function')?.text ?? '')) return false;
      const [dest, size, count] = call.childForFieldName('arguments')?.namedChildren ?? [];
      if (!dest || !size || !count || unwrap(dest).text !== array.text) return false;
      const itemBytes = constantValue(size, at, ctx);
      const items = constantValue(count, at, ctx);
      return itemBytes === extent.element && items !== null && items >= 0 && items < capacity;
    })
  );
}
