// CWE-502 deserialisation of untrusted data in Ruby: Marshal and YAML's full loaders rebuild any object, and gadget
// classes turn that into code execution; `YAML.safe_load` and `JSON.parse` rebuild only plain data.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { rubyTaint, taintedUnder } from '../../ruleParts/rubyShape';

const LOADS_OBJECTS =
  /^(Marshal\.(load|restore)|YAML\.(load|unsafe_load|load_stream|unsafe_load_file)|Psych\.(load|unsafe_load|load_stream)|Oj\.(load|object_load)|Ox\.parse_obj)$/;
const LOAD_TAINT = rubyTaint(null);

export const rubyUnsafeLoad = callRule({
  id: 'ruby-unsafe-deserialization',
  cwe: 'CWE-502',
  severity: 'error',
  languages: ['ruby'],
  message:
    'Input is deserialised with a loader that rebuilds arbitrary objects (Marshal.load, YAML.load, YAML.unsafe_load, Oj.load), so crafted data can run code.',
  fix: 'Parse external data with JSON.parse or YAML.safe_load (with permitted_classes only if needed); never Marshal.load data from outside.',
  callee: { ruby: LOADS_OBJECTS },
  // A Base64 decode (`Marshal.load(Base64.decode64(cookies[:cart]))`) does not clean the data: taint passes through.
  when: (call, ctx) => !!call.args[0] && taintedUnder(call.args[0], 'ruby-unsafe-deserialization', LOAD_TAINT, ctx),
});

export const rubyDeserialization: readonly Rule[] = [rubyUnsafeLoad];
