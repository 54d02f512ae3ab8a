// Java web handlers: a method Spring MVC or JAX-RS calls for a request. What it returns goes to the client, either
// as the response body (`@RestController`, `@ResponseBody`, JAX-RS) or as a view name (`@Controller`), where
// `"redirect:" + url` sends the browser elsewhere.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { ancestor } from '../walk';

const MAPPING = /@(Get|Post|Put|Delete|Patch|Request)Mapping\b|@(GET|POST|PUT|DELETE|PATCH)\b/;
/** Servlet entry points: the container calls them for a request without any annotation. */
const SERVLET = /^do(Get|Post|Put|Delete|Patch)$/;
const METHOD = new Set(['method_declaration']);
const CLASS = new Set(['class_declaration']);

/** The annotations and modifiers of a method or class, as text. */
export function modifiers(node: SyntaxNode | null): string {
  return node?.namedChildren.find((c) => c?.type === 'modifiers')?.text ?? '';
}

/** The handler method around `node`, or null when it is no request mapping. */
export function javaHandlerMethod(node: SyntaxNode): SyntaxNode | null {
  const method = ancestor(node, METHOD);
  return method && MAPPING.test(modifiers(method)) ? method : null;
}

/** The method around `node` that a request reaches: a request mapping or a servlet's doGet/doPost/..., or null. */
export function javaRequestMethod(node: SyntaxNode): SyntaxNode | null {
  const method = ancestor(node, METHOD);
  if (!method) return null;
  return MAPPING.test(modifiers(method)) || SERVLET.test(method.childForFieldName('name')?.text ?? '') ? method : null;
}

/** The handler writes what it returns as the response body (not a view name). */
export function returnsBody(method: SyntaxNode): boolean {
  const own = modifiers(method);
  if (/@ResponseBody\b|@(GET|POST|PUT|DELETE|PATCH)\b/.test(own)) return true;
  return /@RestController\b|@Path\b/.test(modifiers(ancestor(method, CLASS)));
}
