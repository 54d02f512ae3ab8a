// C# resource and file-system weaknesses: regexes without a timeout, request size limits switched
// off, predictable temp files, world-writable permissions and mass assignment into entities.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { csAttributeRule, csMemberRule, csParameters, csPropertyRule, csVariable } from './csharpShape';

/** A group that repeats and itself contains a repeat, e.g. `(a+)+` or `(\w+\s?)*`. */
const NESTED_QUANTIFIER = /\((?:[^()]*[+*]|[^()]*\{\d+,\}?)[^()]*\)[+*{]/;

function nestedPattern(node: SyntaxNode | undefined): boolean {
  return !!node && /string_literal/.test(node.type) && NESTED_QUANTIFIER.test(node.text);
}

export const csRegexNoTimeout = callRule({
  id: 'cs-regex-no-timeout',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['csharp'],
  message: 'A backtracking regex (nested quantifiers or a pattern from input) runs without a match timeout.',
  fix: 'Pass a TimeSpan match timeout (or RegexOptions.NonBacktracking) and avoid nested quantifiers.',
  callee: { csharp: /^new Regex$|^Regex\.(IsMatch|Match|Matches|Replace|Split)$/ },
  when: (call) => {
    const pattern = call.name === 'new Regex' ? call.args[0] : call.args[1];
    const risky = nestedPattern(pattern) || (call.name === 'new Regex' && csVariable(pattern));
    return risky && !call.args.some((a) => /TimeSpan|Timeout|NonBacktracking/.test(a.text));
  },
});

export const csRequestLimitDisabled: QueryRule = csAttributeRule(
  {
    id: 'cs-request-size-unlimited',
    cwe: 'CWE-770',
    severity: 'warning',
    languages: ['csharp'],
    message: 'The request body size limit is removed, so one client can make the server buffer unbounded data.',
    fix: 'Keep a [RequestSizeLimit(bytes)] sized for the endpoint.',
  },
  /^DisableRequestSizeLimit$/,
);

export const csMaxBodyUnlimited: QueryRule = csPropertyRule(
  {
    id: 'cs-max-body-unlimited',
    cwe: 'CWE-400',
    severity: 'warning',
    languages: ['csharp'],
    message:
      'A server or form limit is set to unlimited (null or int.MaxValue), so requests can exhaust memory or disk.',
    fix: 'Keep explicit limits sized for the application.',
  },
  /^(MaxRequestBodySize|MultipartBodyLengthLimit|ValueLengthLimit|MaxRequestBufferSize)$/,
  (right) => /^(null|(int|long)\.MaxValue)$/.test(right.text),
);

export const csPredictableTemp = callRule({
  id: 'cs-predictable-temp-file',
  cwe: 'CWE-377',
  severity: 'warning',
  languages: ['csharp'],
  message: 'A fixed file name in the shared temp folder can be pre-created or linked by another user.',
  fix: 'Use a random name (Path.GetRandomFileName) and create it with FileMode.CreateNew, or use a private folder.',
  callee: { csharp: /^Path\.(Combine|Join)$/ },
  when: (call) =>
    /^Path\.GetTempPath\(\)$/.test(call.args[0]?.text ?? '') &&
    call.args.slice(1).some((a) => /string_literal/.test(a.type)),
});

export const csWorldWritable: QueryRule = csMemberRule(
  {
    id: 'cs-world-writable',
    cwe: 'CWE-732',
    severity: 'warning',
    languages: ['csharp'],
    message: 'The file is made writable by every user on the machine.',
    fix: 'Grant only the owner (UnixFileMode.UserRead | UnixFileMode.UserWrite) or a specific group.',
  },
  /^UnixFileMode\.OtherWrite$|^WellKnownSidType\.WorldSid$/,
);

export const csMassAssignment = callRule({
  id: 'cs-mass-assignment',
  cwe: 'CWE-915',
  severity: 'warning',
  languages: ['csharp'],
  message:
    'Every bound property of the request model is copied onto the entity, including fields the user must not set.',
  fix: 'Copy the allowed fields one by one from a dedicated input model, or list them in TryUpdateModelAsync.',
  callee: { csharp: /\.SetValues$|^TryUpdateModel(Async)?$/ },
  when: (call) =>
    call.name.endsWith('SetValues') ? csParameters(call.node).has(call.args[0]?.text ?? '') : call.args.length === 1,
});
