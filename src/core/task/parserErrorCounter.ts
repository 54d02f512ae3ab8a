// The CountErrors that detectLanguage needs, from a parser port: parse, count error nodes, free the tree.
import type { ParserPort } from '../languages/SyntaxTree';
import type { CountErrors } from './detectLanguage';
import { countSyntaxErrors } from './countSyntaxErrors';

export function parserErrorCounter(parser: ParserPort): CountErrors {
  return async (code, language) => {
    if (!parser.supports(language)) return null;
    const tree = await parser.parse(code, language);
    try {
      return countSyntaxErrors(tree.root);
    } finally {
      tree.dispose();
    }
  };
}
