// TypeScript: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';
import { javascript } from './javascript';

/** TypeScript node types: the JavaScript table plus typed parameters and declarations */
const slicing: SlicingSpec = {
  ...javascript.slicing,
  compounds: [...javascript.slicing.compounds, 'abstract_class_declaration', 'interface_declaration'],
  blocks: [...javascript.slicing.blocks, 'interface_body'],
  writeBase: { ...javascript.slicing.writeBase, required_parameter: 'pattern', optional_parameter: 'pattern' },
  parameterSkipFields: [...javascript.slicing.parameterSkipFields, 'return_type', 'accessibility_modifier'],
};

export const typescript = defineLanguage({
  id: 'typescript',
  name: 'TypeScript',
  extensions: ['.ts', '.tsx'],
  fenceAliases: ['typescript', 'ts', 'tsx'],
  grammar: {
    package: 'tree-sitter-typescript',
    file: 'tree-sitter-typescript.wasm',
    fallbackFile: 'tree-sitter-tsx.wasm',
  },
  monaco: 'typescript',
  family: 'js-family',
  tree: {
    calls: ['call_expression', 'new_expression'],
    imports: ['import_statement'],
    // CommonJS `require('child_process')` and dynamic `import('fs')` load a module by a string argument.
    importCalls: /^(require|import)$/,
    identifiers: ['identifier', 'property_identifier', 'type_identifier'],
  },
  sources: {
    request:
      /^(req|request)\.(query|params|body|cookies|headers|url|path|originalUrl|get|header|payload|nextUrl|json\(|formData\(|text\()|^(ctx|context)\.(query|params|querystring|request|cookies|headers|get\(|path|url|href)\b|^c\.req\.(query|param|queries|json|header|parseBody|formData|text)\(|^(location|window\.location|document\.location)\.(search|hash|href)|^document\.(URL|cookie|referrer)|URLSearchParams/,
    local: /^process\.(argv|env)\b|\.readFileSync\(/,
  },
  slicing,
  detection: {
    hints: [
      hint('type annotation', /\w\s*:\s*(string|number|boolean|void|unknown|any)\b/, 2),
      hint('interface / type alias', /^\s*(export\s+)?(interface\s+\w+|type\s+\w+\s*=)/m, 2),
      hint('const / let', /^\s*(const|let)\s+[\w{[]/m),
      hint('import ... from', /^\s*import\s.*\sfrom\s+['"]/m),
    ],
  },
  sample:
    "import fs from 'fs';\n\nexport function read(name: string): string {\n  return fs.readFileSync(name, 'utf8');\n}\n",
});
