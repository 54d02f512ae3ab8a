// CWE-502: deserialisers that can build arbitrary objects (and so run code) from their input.
import { callRule } from '../callRule';
import { nonConstant } from '../ruleHelpers';

const meta = {
  cwe: 'CWE-502',
  severity: 'error' as const,
  message: 'Data is deserialised with a format that can instantiate arbitrary objects and run code.',
  fix: 'Use a data-only format (JSON, yaml.safe_load) or restrict the classes the deserialiser may create.',
};

export const pyDeserialize = callRule({
  ...meta,
  id: 'py-unsafe-deserialize',
  languages: ['python'],
  callee: {
    python:
      /^(c?[pP]ickle|_pickle|marshal|dill|cloudpickle|shelve|jsonpickle|yaml|pandas|pd|joblib|torch)\.(loads?|Unpickler|open|decode|unsafe_load|load_all|unsafe_load_all|full_load|read_pickle)$/,
  },
  when: (call) => {
    if (/^yaml\.(load|load_all)$/.test(call.name)) {
      const loader = call.keywords.get('Loader')?.text ?? call.args[1]?.text ?? '';
      return !/Safe(Loader)?|CSafeLoader|BaseLoader/.test(loader);
    }
    if (/^yaml\.full_load|^torch\.load/.test(call.name)) return !/weights_only\s*=\s*True/.test(call.node.text);
    return !/^shelve\.open$/.test(call.name) || nonConstant(call.args[0]);
  },
});

export const javaDeserialize = callRule({
  ...meta,
  id: 'java-unsafe-deserialize',
  languages: ['java'],
  callee: { java: /\.readObject$|\.readUnshared$|^new XMLDecoder$|\.fromXML$/ },
  when: (call, ctx) =>
    /ObjectInputStream|XMLDecoder|XStream/.test(ctx.code) &&
    !/ObjectInputFilter|setObjectInputFilter|resolveClass|allowTypes/.test(ctx.code),
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
