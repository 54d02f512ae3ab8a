// Shared rule helpers: libxml2 parser options.

export const LIBXML_PARSE = /(^|\.)(parseXml|parseXmlString|parseXmlAsync|parseHtml|parseHtmlString|fromXml)$/;

/** The options object passed to the parser has `flag: true`. */
export function optionOn(args: { type: string; text: string }[], flag: string): boolean {
  return args.some((a) => a.type === 'object' && new RegExp(`\\b${flag}\\s*:\\s*true\\b`).test(a.text));
}
