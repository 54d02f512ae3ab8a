// A table indexed by a file descriptor a caller hands in (`fdtab[fd].owner`, `conns[fd]`): an event loop allocates
// such tables for the process's descriptor limit (getrlimit, maxsock), and the kernel numbers descriptors below it,
// so the index is the descriptor's contract, not a bounds gap of this function. A table with a fixed bound in the
// file (`handlers[FD_SETSIZE]`, `struct pollfd fds[64]`) keeps the finding: descriptors can pass such a bound.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { integerParameters } from '../cBoundsFacts';
import { fixedBound, indexOf } from './cIndexAccess';

const DESCRIPTOR = /^(fd|sockfd|\w+_fd)$/;

/** `table[fd]` with `fd` an integer parameter and `table` a bare name with no fixed bound in the file. */
export function descriptorIndexedTable(hit: SyntaxNode, ctx: RuleContext): boolean {
  const { array, index } = indexOf(hit);
  return (
    ctx.language === 'c' &&
    array?.type === 'identifier' &&
    index?.type === 'identifier' &&
    DESCRIPTOR.test(index.text) &&
    integerParameters(hit).has(index.text) &&
    fixedBound(array.text, ctx) === null
  );
}
