// Text to the space-separated terms handed to Orama. Tokens come from core's tokenizer; each gets
// a trailing "_" because Orama's radix lookup matches prefixes ("use" would hit "user"), and no
// core token contains "_", so "use_" can only match "use_".
import { tokenize } from '../../core/kb/tokenize';

export function oramaTerms(text: string, unique = false): string {
  const tokens = tokenize(text);
  const list = unique ? [...new Set(tokens)] : tokens;
  return list.map((t) => `${t}_`).join(' ');
}
