// CWE-502 deserialisation of untrusted data: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { csMemberRule } from '../ruleParts/csharpShape';
import { callRule } from '../callRule';
import { isTainted, nonConstant } from '../ruleHelpers';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { ancestor, scopeOf } from '../walk';
import { helperParameters } from '../parameterSources';
import { codeMentions } from '../codeMentions';
import { pyModuleFromProject } from '../ruleParts/pyProjectModule';
import { functionParameters } from '../functionParameters';

const typeNameHandling: QueryRule = csMemberRule(
  {
    id: 'cs-json-type-name-handling',
    cwe: 'CWE-502',
    severity: 'error',
    languages: ['csharp'],
    message: 'Json.NET reads $type from the payload, so the sender chooses which .NET type is created (gadget chains).',
    fix: 'Keep TypeNameHandling.None, or restrict types with a SerializationBinder allow-list; prefer System.Text.Json.',
  },
  /^TypeNameHandling\.(All|Auto|Objects|Arrays)$/,
);

const meta = {
  cwe: 'CWE-502',
  severity: 'error' as const,
  message: 'Data is deserialised with a format that can instantiate arbitrary objects and run code.',
  fix: 'Use a data-only format (JSON, yaml.safe_load) or restrict the classes the deserialiser may create.',
};

const PICKLERS = /^(c?[pP]ickle|_pickle|dill|cloudpickle|joblib)$/;

/**
 * A module that pickles its own data and reads it back (a cache, a checkpoint) deserialises what it wrote: a note
 * unless input from outside (request, argv, stdin, socket) reaches the load.
 */
function ownStoreRoundTrip(call: CallInfo, ctx: RuleContext): boolean {
  const lib = call.name.split('.')[0] ?? '';
  if (!PICKLERS.test(lib) || !codeMentions(ctx, new RegExp(`\\b${lib}\\.dumps?\\s*\\(`))) return false;
  return !call.args.some((a) => isTainted(a, ctx)) && !opensCallersFile(call, ctx);
}

/** `def load(file_path): open(file_path, "rb")`: the caller names the file, so it is no store of the module's own. */
function opensCallersFile(call: CallInfo, ctx: RuleContext): boolean {
  const scope = scopeOf(call.node);
  const params = new Set(helperParameters(scope));
  if (params.size === 0) return false;
  return ctx.callsIn(scope).some((c) => {
    if (!/^(open|io\.open|\w+\.open)$/.test(c.name)) return false;
    const receiver = c.node.childForFieldName('function')?.childForFieldName('object');
    const path = c.name.includes('.') && c.name !== 'io.open' ? receiver : c.args[0];
    return path !== undefined && path !== null && params.has(path.text);
  });
}

export const pyDeserialize = callRule({
  ...meta,
  id: 'py-unsafe-deserialize',
  languages: ['python'],
  callee: {
    python:
      /^(c?[pP]ickle|_pickle|marshal|dill|cloudpickle|shelve|jsonpickle|yaml|pandas|pd|joblib|torch|numpy|np)\.(loads?|Unpickler|open|decode|unsafe_load|load_all|unsafe_load_all|full_load|read_pickle)$/,
  },
  when: (call, ctx) => {
    // numpy loads pickled objects only when asked to.
    if (/^(numpy|np)\.load$/.test(call.name)) return /^True$/.test(call.keywords.get('allow_pickle')?.text ?? '');
    if (/^(numpy|np)\./.test(call.name)) return false;
    if (/^yaml\.(load|load_all)$/.test(call.name)) {
      if (pyModuleFromProject(ctx, 'yaml')) return false;
      const loader = call.keywords.get('Loader')?.text ?? call.args[1]?.text ?? '';
      return !/Safe(Loader)?|CSafeLoader|BaseLoader/.test(loader);
    }
    if (/^yaml\.full_load|^torch\.load/.test(call.name)) return !/weights_only\s*=\s*True/.test(call.node.text);
    return !/^shelve\.open$/.test(call.name) || nonConstant(call.args[0]);
  },
  tierOf: (call, ctx) => (ownStoreRoundTrip(call, ctx) ? 'note' : 'finding'),
});

/**
 * `s.readObject()` on the stream handed to a class's own serialisation hook (`readObject(ObjectInputStream s)`,
 * `readExternal(ObjectInput in)`): the class restores its fields inside a deserialisation already under way, so
 * whether that input is trusted or filtered is decided where the stream was opened, not here.
 */
function serialisationHookRead(call: CallInfo): boolean {
  const method = scopeOf(call.node);
  if (method.type !== 'method_declaration') return false;
  if (!/^(readObject|readObjectNoData|readExternal)$/.test(method.childForFieldName('name')?.text ?? '')) return false;
  const stream = functionParameters(method)[0]?.name;
  return stream !== undefined && call.name === `${stream}.${call.last}`;
}

export const javaDeserialize = callRule({
  ...meta,
  id: 'java-unsafe-deserialize',
  languages: ['java'],
  callee: { java: /\.readObject$|\.readUnshared$|^new XMLDecoder$|\.fromXML$/ },
  when: (call, ctx) =>
    /ObjectInputStream|XMLDecoder|XStream/.test(ctx.code) &&
    !serialisationHookRead(call) &&
    !/ObjectInputFilter|setObjectInputFilter|resolveClass|allowTypes/.test(ctx.code),
});

/**
 * SnakeYAML before 2.0 builds any class a `!!` tag names unless the Yaml object is made with a SafeConstructor; the
 * `load` of a default `new Yaml()` (in the chain or in a local or field) over data from outside runs gadgets.
 */
export const javaYamlLoad = callRule({
  ...meta,
  id: 'java-snakeyaml-load',
  languages: ['java'],
  callee: { java: /\.(load|loadAll|loadAs)$/ },
  when: (call, ctx) => {
    if (!codeMentions(ctx, /\bnew\s+Yaml\s*\(/)) return false;
    // Call names are squashed: `new Yaml().load` reads `newYaml().load`.
    const receiver = /^(.*)\.\w+$/.exec(call.name)?.[1]?.replace(/^new(?=[A-Z])/, 'new ') ?? '';
    const made = /^new Yaml\(/.test(receiver)
      ? receiver
      : (new RegExp(`\\b${receiver.replace(/^this\./, '')}\\s*=\\s*(new Yaml\\([^;]*)`).exec(ctx.code)?.[1] ?? '');
    return /^new Yaml\(/.test(made) && !/SafeConstructor/.test(made) && nonConstant(call.args[0]);
  },
});

export const jsDeserialize = callRule({
  ...meta,
  id: 'js-unsafe-deserialize',
  languages: ['javascript', 'typescript'],
  callee: { javascript: /(^|\.)unserialize$/, typescript: /(^|\.)unserialize$/ },
  when: (call) => nonConstant(call.args[0]),
});

export const phpUnserialize = callRule({
  ...meta,
  id: 'php-unserialize',
  languages: ['php'],
  callee: { php: /^unserialize$/ },
  when: (call) => nonConstant(call.args[0]) && !/allowed_classes/.test(call.node.text),
});

export const jsYamlFullSchema = callRule({
  id: 'js-yaml-full-schema',
  cwe: 'CWE-502',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: 'js-yaml with the full schema (or unsafeLoad) builds JavaScript functions from the document.',
  fix: 'Use yaml.load with the default safe schema (js-yaml 4) or yaml.safeLoad (js-yaml 3).',
  callee: {
    javascript: /^(yaml|jsyaml|YAML)\.(load|loadAll|unsafeLoad)$/,
    typescript: /^(yaml|jsyaml|YAML)\.(load|loadAll|unsafeLoad)$/,
  },
  when: (call) => /unsafeLoad$/.test(call.name) || /FULL_SCHEMA/.test(call.args[1]?.text ?? ''),
});

export const csBinaryFormatter = callRule({
  id: 'cs-binary-formatter',
  cwe: 'CWE-502',
  severity: 'error',
  languages: ['csharp'],
  message: 'BinaryFormatter (and its relatives) can run code while deserialising untrusted data.',
  fix: 'Use System.Text.Json or another data-only serializer with a fixed target type.',
  callee: {
    csharp: /^new (BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter)$/,
  },
});

/** A SerializationBinder set beside the setting restricts `$type` to an allow-list. */
export const csTypeNameHandling: QueryRule = {
  ...typeNameHandling,
  predicate: (captures, ctx) => {
    const hit = captures.hit;
    const settings = hit ? ancestor(hit, new Set(['initializer_expression', 'block'])) : null;
    return (
      !!hit &&
      (typeNameHandling.predicate?.(captures, ctx) ?? false) &&
      !/\bSerializationBinder\s*=|\.SerializationBinder\s*=/.test(settings?.text ?? '')
    );
  },
};

export const csTypeResolver = callRule({
  id: 'cs-serializer-type-resolver',
  cwe: 'CWE-502',
  severity: 'error',
  languages: ['csharp'],
  message: 'The serializer resolves type names found in the data, so the payload picks the type to instantiate.',
  fix: 'Deserialize into a fixed type without a type resolver.',
  callee: { csharp: /^new JavaScriptSerializer$/ },
  when: (call) => call.args.some((a) => /SimpleTypeResolver/.test(a.text)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe502Deserialization: readonly Rule[] = [
  pyDeserialize,
  javaDeserialize,
  javaYamlLoad,
  jsDeserialize,
  phpUnserialize,
  jsYamlFullSchema,
  csBinaryFormatter,
  csTypeNameHandling,
  csTypeResolver,
];
