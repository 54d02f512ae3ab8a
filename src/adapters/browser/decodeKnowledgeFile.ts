// Turns a downloaded knowledge file into text. The build ships gzip copies (knowledge.json.gz):
// a static server sends them as they are, with no compression work per request, and the worker
// inflates them with the platform's DecompressionStream. A host that already decoded the gzip
// (Content-Encoding) hands us plain JSON, which is recognised by the missing gzip magic bytes.
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export async function decodeKnowledgeFile(buffer: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(buffer);
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
