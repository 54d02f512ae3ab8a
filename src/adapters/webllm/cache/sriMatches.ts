// Checks bytes against a Subresource Integrity string ("sha256-<base64>", sha384, sha512) with Web Crypto,
// the format web-llm's ModelRecord.integrity uses for configs, tokenizers and model libraries.

const ALGORITHMS: Record<string, string> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** null when the string is not an SRI hash we can check (then nothing is proven either way). */
export async function sriMatches(bytes: Uint8Array, sri: string): Promise<boolean | null> {
  const match = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(sri.trim());
  const algorithm = match?.[1] ? ALGORITHMS[match[1]] : undefined;
  if (!match?.[2] || !algorithm) return null;
  const digest = new Uint8Array(await crypto.subtle.digest(algorithm, new Uint8Array(bytes)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary) === match[2];
}
