// C# parsers that trust their input: DTD processing and external resolvers in System.Xml, and
// Json.NET type-name handling that lets the payload choose the .NET type to create.
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { ancestor } from '../walk';
import { csMemberRule, csPropertyRule } from './csharpShape';

export const csDtdParse: QueryRule = csMemberRule(
  {
    id: 'cs-xml-dtd-parse',
    cwe: 'CWE-611',
    severity: 'error',
    languages: ['csharp'],
    message: 'DTD processing is enabled, so a document can declare external entities that read files or call URLs.',
    fix: 'Leave DtdProcessing at Prohibit (or Ignore) and XmlResolver null.',
  },
  /^DtdProcessing\.Parse$/,
);

export const csXmlResolver: QueryRule = csPropertyRule(
  {
    id: 'cs-xml-resolver-set',
    cwe: 'CWE-611',
    severity: 'error',
    languages: ['csharp'],
    message: 'An XmlResolver is attached, so external entities and DTDs in the document are fetched.',
    fix: 'Set XmlResolver = null (the default on modern .NET) before loading untrusted XML.',
  },
  /^XmlResolver$/,
  (right) => right.text !== 'null',
);

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
