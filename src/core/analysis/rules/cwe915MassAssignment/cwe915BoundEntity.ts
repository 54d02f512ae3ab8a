// CWE-915, Java and C#: an entity bound whole from the request (`@RequestBody User user`, `[FromBody] User user`) and
// handed to persistence as is (`repo.save(user)`, `_db.Update(user)`, `_db.Entry(user).State = Modified`), so a client
// can also set fields it must not (role, owner, balance). A parameter typed as an input model (`*Dto`, `*Form`,
// `*Request`, `*Model`, ...) is the fix's own shape and is left alone.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { callRule } from '../../callRule';
import type { CallInfo } from '../../callInfo';
import { escapeRegExp } from '../../ruleParts/textPatterns';
import { ancestor } from '../../walk';

const METHOD = new Set(['method_declaration']);
const INPUT_MODEL = /(Dto|DTO|Form|Request|Command|Input|Model|Params|Payload|Vm|Body|Args|Patch)$/;
const SIMPLE = /^(String|string|int|long|Integer|Long|bool|boolean|Boolean|Guid|UUID|decimal|double|float|Map|List)\b/;

/** The declared type of parameter `name` when the request binds it whole (an annotated or complex-typed parameter). */
function boundEntityType(method: SyntaxNode, name: string, language: string): string | null {
  const head = method.text.slice(
    0,
    (method.childForFieldName('body')?.startIndex ?? method.endIndex) - method.startIndex,
  );
  const n = escapeRegExp(name);
  const pattern =
    language === 'java'
      ? new RegExp(`@(RequestBody|ModelAttribute|Valid)\\b[^,()]*?\\b([A-Z]\\w*)\\s+${n}\\s*[,)]`)
      : new RegExp(`\\[\\s*From(Body|Form)\\s*\\]\\s*([A-Z]\\w*)\\s+${n}\\s*[,)]`);
  const type = pattern.exec(head)?.[2];
  return type && !INPUT_MODEL.test(type) && !SIMPLE.test(type) ? type : null;
}

function persistsBoundEntity(call: CallInfo, language: 'java' | 'csharp'): boolean {
  const arg = call.args[0];
  const method = ancestor(call.node, METHOD);
  if (!arg || arg.type !== 'identifier' || !method || !boundEntityType(method, arg.text, language)) return false;
  // EF: `Entry(e)` persists only when its state is set to Modified (or the entity attached and saved).
  if (call.last === 'Entry') return /\.State\s*=\s*EntityState\.Modified/.test(method.text);
  return true;
}

export const boundEntityPersisted = callRule({
  id: 'bound-entity-persisted',
  cwe: 'CWE-915',
  severity: 'error',
  languages: ['java', 'csharp'],
  message:
    'An entity bound whole from the request is saved as it came, so a client can also set fields it must not (role, owner, price).',
  fix: 'Bind a narrow input model (DTO) and copy its allowed fields onto the entity loaded from storage.',
  callee: {
    java: /\.(save|saveAndFlush|saveAll|merge|persist|update|insert)$/,
    csharp: /\.(Update|Attach|Entry|Add|AddAsync)$/,
  },
  when: (call, ctx) => persistsBoundEntity(call, ctx.language === 'java' ? 'java' : 'csharp'),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe915BoundEntity: readonly Rule[] = [boundEntityPersisted];
