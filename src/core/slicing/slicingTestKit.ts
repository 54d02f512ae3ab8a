// Test helpers shared by the per-language slicing tests: parse with the given parser, then look up
// PDGs, statements and edges by function name and source line. Takes the parser as a port so
// core never imports an adapter.
import type { ParserPort } from '../languages/SyntaxTree';
import type { Language } from '../task/Task';
import type { Pdg, PdgStatement } from './Pdg';
import { buildPdgs } from './buildPdg';
import { sliceLines } from './sliceLines';
import { slicePair, type PairSlice } from './slicePair';

export function fn(pdgs: Pdg[], name: string): Pdg {
  const pdg = pdgs.find((p) => p.name === name);
  if (!pdg) throw new Error(`no PDG named ${name}: ${pdgs.map((p) => p.name).join(', ')}`);
  return pdg;
}

/** The innermost statement covering a line (the body statement rather than its header on one-liners). */
export function at(pdg: Pdg, line: number): PdgStatement {
  const found = pdg.statements.filter((s) => s.startLine <= line && line <= s.endLine);
  const innermost = found.sort((a, b) => a.endLine - a.startLine - (b.endLine - b.startLine) || b.id - a.id)[0];
  if (!innermost) throw new Error(`no statement on line ${line}`);
  return innermost;
}

export function hasEdge(
  pdg: Pdg,
  fromLine: number,
  toLine: number,
  kind: 'data' | 'control',
  variable?: string,
): boolean {
  const from = at(pdg, fromLine).id;
  const to = at(pdg, toLine).id;
  return pdg.edges.some(
    (e) => e.from === from && e.to === to && e.kind === kind && (variable === undefined || e.variable === variable),
  );
}

/** The statement of a given kind starting on a line (a header sharing its line with its body). */
export function stmt(pdg: Pdg, line: number, kind: string): PdgStatement {
  const found = pdg.statements.find((s) => s.startLine === line && s.kind === kind);
  if (!found) throw new Error(`no ${kind} on line ${line}`);
  return found;
}

export function linked(
  pdg: Pdg,
  from: PdgStatement,
  to: PdgStatement,
  kind: 'data' | 'control',
  variable?: string,
): boolean {
  return pdg.edges.some(
    (e) =>
      e.from === from.id && e.to === to.id && e.kind === kind && (variable === undefined || e.variable === variable),
  );
}

export function slicingKit(parser: ParserPort, language: Language) {
  return {
    async pdgs(code: string): Promise<Pdg[]> {
      const tree = await parser.parse(code, language);
      try {
        return buildPdgs(tree);
      } finally {
        tree.dispose();
      }
    },
    async slice(code: string, lines: number[], hops?: number): Promise<number[]> {
      const tree = await parser.parse(code, language);
      try {
        return sliceLines(tree, lines, hops).lines;
      } finally {
        tree.dispose();
      }
    },
    async pair(vulnerable: string, fixed: string): Promise<PairSlice> {
      const a = await parser.parse(vulnerable, language);
      const b = await parser.parse(fixed, language);
      try {
        return slicePair({ tree: a, code: vulnerable }, { tree: b, code: fixed });
      } finally {
        a.dispose();
        b.dispose();
      }
    },
  };
}
