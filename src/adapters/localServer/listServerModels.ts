// The models an OpenAI-compatible server offers: GET {base}/models, read as { data: [{ id }] }.
// Ollama, llama.cpp's server, LM Studio and vLLM all answer this route.
import { z } from 'zod';
import { PlaygroundError } from '../../core/errors';
import { httpFailure } from '../openai/httpFailure';

const modelList = z.object({ data: z.array(z.object({ id: z.string() }).loose()) }).loose();

export async function listServerModels(
  baseUrl: string,
  options: { apiKey?: string; fetch: typeof fetch; signal?: AbortSignal },
): Promise<string[]> {
  const url = `${baseUrl}/models`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const response = await options.fetch(url, { headers, signal: options.signal, cache: 'no-store' });
  const body = await response.text().catch(() => '');
  if (!response.ok) throw httpFailure(response.status, body, url);
  let parsed: z.infer<typeof modelList>;
  try {
    parsed = modelList.parse(JSON.parse(body));
  } catch {
    throw new PlaygroundError('ENGINE_BAD_RESPONSE', {
      message: `${url} did not answer with a model list.`,
      hint: "Check that the address is the server's OpenAI-compatible base, usually ending in /v1.",
      detail: body.slice(0, 200),
    });
  }
  return [...new Set(parsed.data.map((m) => m.id))].sort((a, b) => a.localeCompare(b));
}
