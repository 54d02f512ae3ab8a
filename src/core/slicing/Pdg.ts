// An approximate program dependence graph of one function: statements, def-use (data) edges and
// control-dependence edges. Used by the slicer and by the analyser's taint rules.
import type { SyntaxNode } from '../languages/SyntaxTree';

export interface PdgStatement {
  id: number;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** Node type, e.g. "expression_statement", "if_statement". */
  kind: string;
  /** Variables (and cheap attribute/field paths such as "self.path") written and read. */
  defs: string[];
  uses: string[];
  /** Names of the functions/methods called, e.g. "subprocess.run", "strcpy". */
  calls: string[];
  node: SyntaxNode;
}

export interface PdgEdge {
  from: number;
  to: number;
  kind: 'data' | 'control';
  /** The variable carried by a data edge. */
  variable?: string;
}

export interface Pdg {
  /** Function name, or "<module>" for top-level code. */
  name: string;
  startLine: number;
  endLine: number;
  statements: PdgStatement[];
  edges: PdgEdge[];
}
