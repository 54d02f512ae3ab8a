// Why a field freed without `= NULL` is not freed twice in real C: the function is the owner's own release routine
// (`void free_sub(struct sub *s) { free(s->topic); free(s->id); }`: whoever holds the struct calls it once, and the
// struct is dropped after), or the code wipes the enclosing struct right after (`free(k->enc.name);
// explicit_bzero(&k->enc, sizeof(k->enc));`), which clears the pointer with it.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { enclosingFunctionName } from '../enclosingFunctionName';
import { enclosingParameterNames } from '../functionParameters';

/** Names of routines that release what they are handed (`*_free`, `destroy_*`, `cleanup`, `fini`...). */
const RELEASE_ROUTINE = /free|destroy|release|dispose|cleanup|clean_up|fini\b|_fini|deinit|dtor/i;

/** The free sits in a release routine and the field belongs to one of its parameters. */
export function inOwnersRelease(free: SyntaxNode, owner: string): boolean {
  const root = /^[A-Za-z_]\w*/.exec(owner)?.[0];
  return (
    root !== undefined && RELEASE_ROUTINE.test(enclosingFunctionName(free)) && enclosingParameterNames(free).has(root)
  );
}

const WIPE =
  /^(memset|bzero|explicit_bzero|memzero|memzero_explicit|secure_zero_memory|OPENSSL_cleanse|sodium_memzero)$/;

/** One of `path` wipes `field` or a struct that contains it (`memset(&k->enc, 0, sizeof k->enc)`). */
export function wipedAfter(path: readonly SyntaxNode[], field: string): boolean {
  const squash = (t: string): string => t.replace(/\s+/g, '').replace(/^\(+|\)+$/g, '');
  return path.some((stmt) => {
    const call = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : null;
    if (call?.type !== 'call_expression' || !WIPE.test(call.childForFieldName('function')?.text ?? '')) return false;
    const target = squash(call.childForFieldName('arguments')?.namedChildren[0]?.text ?? '').replace(/^&/, '');
    return target !== '' && (field === target || field.startsWith(`${target}->`) || field.startsWith(`${target}.`));
  });
}
