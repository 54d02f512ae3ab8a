// One wrapper object per tree node, with each property read from wasm at most once.
// web-tree-sitter hands out a fresh Node for every `parent`, child or capture and reads `type`, `endIndex`,
// `text`... through wasm on every access. Rules ask the same nodes the same questions many times (the scope
// of a call, per rule; the children of a function, per helper), so on a 20k-line file these reads and the
// garbage of fresh wrappers were most of the analysis time. A parsed tree is never edited, so caching is exact.
import type { Node as TsNode } from 'web-tree-sitter';
import type { Point, SyntaxNode } from '../../core/languages/SyntaxTree';

/** The wrappers of one tree, keyed by tree-sitter's node id (unique within a tree). */
export class NodeCache {
  private readonly byId = new Map<number, CachedNode>();

  wrap(raw: TsNode): CachedNode {
    const hit = this.byId.get(raw.id);
    if (hit && hit.startIndex === raw.startIndex) return hit;
    const node = new CachedNode(raw, this);
    if (!hit) this.byId.set(raw.id, node);
    return node;
  }

  wrapOrNull(raw: TsNode | null): CachedNode | null {
    return raw ? this.wrap(raw) : null;
  }

  wrapAll(raws: (TsNode | null)[]): (CachedNode | null)[] {
    return raws.map((raw) => (raw ? this.wrap(raw) : null));
  }
}

/** Callers must not mutate the arrays it returns: they are shared by every reader of the node. */
export class CachedNode implements SyntaxNode {
  readonly startIndex: number;
  readonly startPosition: Point;
  private typeRead?: string;
  private textRead?: string;
  private endIndexRead?: number;
  private endPositionRead?: Point;
  private isNamedRead?: boolean;
  private hasErrorRead?: boolean;
  private parentRead?: CachedNode | null;
  private childrenRead?: (CachedNode | null)[];
  private namedChildrenRead?: (CachedNode | null)[];
  private fields?: Map<string, CachedNode | null>;
  private descendants?: Map<string, (CachedNode | null)[]>;

  constructor(
    /** The web-tree-sitter node, for the adapter's own calls (queries). */
    readonly raw: TsNode,
    private readonly cache: NodeCache,
  ) {
    this.startIndex = raw.startIndex;
    this.startPosition = raw.startPosition;
  }

  get type(): string {
    return (this.typeRead ??= this.raw.type);
  }
  get text(): string {
    return (this.textRead ??= this.raw.text);
  }
  get endIndex(): number {
    return (this.endIndexRead ??= this.raw.endIndex);
  }
  get endPosition(): Point {
    return (this.endPositionRead ??= this.raw.endPosition);
  }
  get isNamed(): boolean {
    return (this.isNamedRead ??= this.raw.isNamed);
  }
  get hasError(): boolean {
    return (this.hasErrorRead ??= this.raw.hasError);
  }
  get parent(): CachedNode | null {
    if (this.parentRead === undefined) this.parentRead = this.cache.wrapOrNull(this.raw.parent);
    return this.parentRead;
  }
  get children(): (CachedNode | null)[] {
    return (this.childrenRead ??= this.cache.wrapAll(this.raw.children));
  }
  get namedChildren(): (CachedNode | null)[] {
    return (this.namedChildrenRead ??= this.cache.wrapAll(this.raw.namedChildren));
  }
  get childCount(): number {
    return this.children.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  childForFieldName(name: string): CachedNode | null {
    this.fields ??= new Map();
    let found = this.fields.get(name);
    if (found === undefined) {
      found = this.cache.wrapOrNull(this.raw.childForFieldName(name));
      this.fields.set(name, found);
    }
    return found;
  }
  childrenForFieldName(name: string): (CachedNode | null)[] {
    return this.cache.wrapAll(this.raw.childrenForFieldName(name));
  }
  descendantsOfType(types: string | string[]): (CachedNode | null)[] {
    const key = typeof types === 'string' ? types : types.join('\u0000');
    this.descendants ??= new Map();
    let found = this.descendants.get(key);
    if (!found) {
      found = this.cache.wrapAll(this.raw.descendantsOfType(types));
      this.descendants.set(key, found);
    }
    return found;
  }
}
