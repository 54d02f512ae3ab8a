// Shared rule helpers: an ASP.NET Core action, the controller class around it, and the attributes of both.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren } from '../walk';

/** Attribute names on a declaration (`[HttpPost, Authorize(Roles = "Admin")]` gives HttpPost and Authorize). */
export function attributeNames(decl: SyntaxNode | null): string[] {
  return namedChildren(decl)
    .filter((c) => c.type === 'attribute_list')
    .flatMap((list) => namedChildren(list).filter((a) => a.type === 'attribute'))
    .map((a) => (a.childForFieldName('name') ?? namedChildren(a)[0])?.text.replace(/Attribute$/, '') ?? '');
}

/** The full text of the attribute lists of a declaration (to read arguments such as `Roles = "Admin"`). */
export function attributeText(decl: SyntaxNode | null): string {
  return namedChildren(decl)
    .filter((c) => c.type === 'attribute_list')
    .map((c) => c.text)
    .join(' ');
}

export interface CsAction {
  method: SyntaxNode;
  controller: SyntaxNode;
  /** The base types the controller names (`Controller`, `ControllerBase`, `PageModel`). */
  bases: string[];
}

/** The action method and controller class an attribute sits on, when it sits on a method of a class. */
export function actionOf(attribute: SyntaxNode): CsAction | null {
  const method = attribute.parent?.parent;
  if (method?.type !== 'method_declaration') return null;
  let controller = method.parent;
  while (controller && controller.type !== 'class_declaration') controller = controller.parent;
  if (!controller) return null;
  const baseList = namedChildren(controller).find((c) => c.type === 'base_list');
  return { method, controller, bases: namedChildren(baseList ?? null).map((b) => b.text) };
}

/** Verbs that change state: the actions an attacker would forge or an anonymous caller should not reach. */
export const MUTATING_VERB = /^Http(Post|Put|Delete|Patch)$/;
