// The analyser's rule shape: metadata plus either a tree-sitter query with a predicate or a taint spec.
import type { Language } from '../task/Task';
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { FindingTier, Severity } from './Finding';
import type { RuleContext } from './RuleContext';
import type { CallInfo } from './callInfo';

export interface RuleMeta {
  id: string;
  cwe: string;
  languages: Language[];
  severity: Severity;
  message: string;
  fix: string;
  /** 'note' for low-confidence patterns that fixes themselves often have; default 'finding'. */
  tier?: FindingTier;
  /** false when the danger is not in the sink's arguments (archive members, a settings flag): guards never apply. */
  guardable?: boolean;
  /**
   * The arguments a guard must cover, when not all of them carry the danger: a SQL call's bound parameters
   * (`execute(query, params)`) are data, so only the query needs checking. Default: every argument.
   */
  guardedArgs?: (call: CallInfo, ctx: RuleContext) => SyntaxNode[];
  /**
   * false: parameters of top-level functions are never sources for this rule (parameterSources.ts). Only rules of
   * strong sinks (command, SQL, eval, deserialisation, path) take them by default; true opts another rule in.
   */
  parameterSources?: boolean;
}

/** Captures of one query match by name; the finding is placed on `@hit`, else on the first capture. */
export type Captures = Record<string, SyntaxNode>;

export interface QueryRule extends RuleMeta {
  kind: 'query';
  /** One S-expression per language the rule covers. */
  query: Partial<Record<Language, string>>;
  predicate?: (captures: Captures, ctx: RuleContext) => boolean;
  /** The tier of one match when it depends on context (a weak hash of a file name is a note); default `tier`. */
  tierOf?: (captures: Captures, ctx: RuleContext) => FindingTier;
}

/** A call that receives tainted data: `args` are the argument positions that matter (default: all). */
export interface SinkSpec {
  callee: RegExp;
  args?: number[];
  /** Named arguments that carry the dangerous value beside `args` (`requests.get(url=...)`); used only with `args`. */
  keywords?: string[];
  /** The object a method is called on is the dangerous value (`(BASE / name).read_text()`), instead of `args`. */
  receiver?: boolean;
  /** Extra condition on the call, e.g. `shell=True` present. */
  when?: (call: CallInfo, ctx: RuleContext) => boolean;
}

export interface TaintSpec {
  /** Matched against the text of an expression: request parameters, argv, environment, reads. */
  sources: Partial<Record<Language, RegExp>>;
  sinks: Partial<Record<Language, SinkSpec[]>>;
  /** Calls whose result is clean, e.g. `int`, `escape`, `secure_filename`. */
  sanitizers: RegExp;
  /** Attribute paths whose value is clean whatever object they are read from (`row.id`: a key, not free text). */
  cleanPaths?: RegExp;
  /** Expressions clean by what the tree shows they are (a `Path`'s last component), beside `cleanPaths`. */
  cleanValue?: (node: SyntaxNode, ctx: RuleContext) => boolean;
  /** A check anywhere in the enclosing function that makes the sink safe (e.g. a containment test). */
  guard?: RegExp;
}

export interface TaintRule extends RuleMeta {
  kind: 'taint';
  taint: TaintSpec;
}

export type Rule = QueryRule | TaintRule;
