// CWE-502 deserialisation of untrusted data: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'java-unsafe-deserialize',
    'java',
    'import java.io.*;\n\nclass Inbox {\n  Object take(InputStream body) throws Exception {\n    ObjectInputStream in = new ObjectInputStream(body);\n    return in.readObject();\n  }\n}\n',
    'import java.io.*;\n\nclass Inbox implements Serializable {\n  private Object head;\n  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {\n    in.defaultReadObject();\n    head = in.readObject();\n  }\n}\n',
    { name: "a stream opened on outside bytes; a class's own readObject hook", requireCleanParse: true },
  ],
  [
    'py-unsafe-deserialize',
    'python',
    'import numpy as np\ndef load(path):\n    return np.load(path, allow_pickle=True)\n',
    'import numpy as np\ndef load(path):\n    return np.load(path)\n',
    { name: 'numpy unpickles only with allow_pickle=True' },
  ],
  [
    'py-unsafe-deserialize',
    'python',
    'import yaml\ndef f(s):\n    return yaml.load(s)\n',
    'import yaml\ndef f(s):\n    return yaml.safe_load(s)\n',
  ],
  [
    'py-unsafe-deserialize',
    'python',
    'from ruamel import yaml\n\ndef read_settings(text):\n    return yaml.load(text)\n',
    'from settings_tool.lib import yaml\n\ndef read_settings(text):\n    return yaml.load(text)\n',
    { name: "a project's own module named yaml is its wrapper, not PyYAML (ruamel's is a YAML library)" },
  ],
  [
    'php-unserialize',
    'php',
    '<?php\n$o = unserialize($_COOKIE["c"]);\n',
    '<?php\n$o = json_decode($_COOKIE["c"], true);\n',
  ],
  [
    'cs-binary-formatter',
    'csharp',
    'class A { object F(Stream s) { return new BinaryFormatter().Deserialize(s); } }\n',
    'class A { T F<T>(Stream s) { return JsonSerializer.Deserialize<T>(s); } }\n',
  ],
  [
    'cs-json-type-name-handling',
    'csharp',
    m('return new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };'),
    m('return new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto, SerializationBinder = binder };'),
    { requireCleanParse: true },
  ],
  [
    'cs-serializer-type-resolver',
    'csharp',
    m('return new JavaScriptSerializer(new SimpleTypeResolver());'),
    m('return new JavaScriptSerializer();'),
    { requireCleanParse: true },
  ],
  [
    'java-snakeyaml-load',
    'java',
    '@RestController\nclass Cfg {\n  private final Yaml yaml = new Yaml();\n  @PostMapping("/cfg")\n  String load(@RequestBody String body) {\n    return String.valueOf(yaml.load(body));\n  }\n}\n',
    '@RestController\nclass Cfg {\n  private final Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));\n  @PostMapping("/cfg")\n  String load(@RequestBody String body) {\n    return String.valueOf(yaml.load(body));\n  }\n}\n',
    { name: 'a default Yaml in a field; a SafeConstructor', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-502 deserialisation of untrusted data', CASES);
