// TypeScript grammar node types: the JavaScript table plus typed parameters and declarations.
import type { SlicingSpec } from '../SlicingSpec';
import { javascript } from './javascript';

export const typescript: SlicingSpec = {
  ...javascript,
  compounds: [...javascript.compounds, 'abstract_class_declaration', 'interface_declaration'],
  blocks: [...javascript.blocks, 'interface_body'],
  writeBase: { ...javascript.writeBase, required_parameter: 'pattern', optional_parameter: 'pattern' },
  parameterSkipFields: [...javascript.parameterSkipFields, 'return_type', 'accessibility_modifier'],
};
