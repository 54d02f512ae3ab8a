// Test support: a small OpenAI-compatible HTTP server on 127.0.0.1 (random port) that streams
// scripted answers as chat-completion chunks, and can fail on purpose (status codes, broken streams).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { ScriptRule } from '../scripted/ScriptedEngine';
import { tokenize } from '../scripted/ScriptedEngine';

export interface FakeServerOptions {
  rules: ScriptRule[];
  /** Require this bearer key (401 otherwise). */
  apiKey?: string;
  /** Answer every request with this HTTP status and an OpenAI-style error body. */
  failWith?: number;
  /** 'garbage': a data line that is not JSON; 'truncated': the stream stops without [DONE]. */
  broken?: 'garbage' | 'truncated';
  /** Pause between chunks, to make cancellation observable. */
  chunkDelayMs?: number;
  /** Per request: an HTTP status to fail it with (e.g. only for seed 3), or undefined to answer it. */
  failWhen?: (request: Record<string, unknown>) => number | undefined;
  /** Per request: an answer that takes precedence over the rules (e.g. by seed), or undefined. */
  replyWhen?: (request: Record<string, unknown>) => string | undefined;
  /** Model ids listed by GET /v1/models (default: one, "fake-coder"). */
  models?: string[];
  /** Send CORS headers and answer preflights, as a browser page needs; false: none, as Ollama by default. */
  cors?: boolean;
  /** Behaviours of real servers the engine must cope with (see ServerQuirks). */
  quirks?: ServerQuirks;
}

/**
 * Imitations of what vLLM, llama.cpp, Ollama, TGI and hosted APIs do with requests they dislike, each with an
 * error text in the style of that server (our own wording). "First N" counts every request received.
 */
export interface ServerQuirks {
  /** 400 when the request asks for logprobs (TGI-like). */
  rejectLogprobs?: boolean;
  /** 400 when the request carries stream_options (older vLLM / llama.cpp-like). */
  rejectStreamOptions?: boolean;
  /** 400 when the request carries max_tokens (hosted reasoning models want max_completion_tokens). */
  rejectMaxTokens?: boolean;
  /** 400 "System role not supported" when a message has the system role (Gemma-style chat templates in vLLM). */
  rejectSystemRole?: boolean;
  /** 400 with this exact text for every request (a rejection no fallback can fix). */
  rejectAlways?: string;
  /** 429 with this Retry-After header for the first `times` requests. */
  rateLimitFirst?: { times: number; retryAfter?: string };
  /** This status (e.g. 503, Ollama loading a model) for the first `times` requests. */
  failFirst?: { times: number; status: number };
  /** Reset the connection without an answer for the first N requests. */
  resetFirst?: number;
  /** 'field': stream the thinking as reasoning_content deltas first (vLLM reasoning parser, DeepSeek);
   * 'think': wrap it in <think>...</think> inside the content (llama.cpp / Ollama without a parser). */
  reasoning?: 'field' | 'think';
  /** Usage with completion_tokens only and prompt_tokens null. */
  partialUsage?: boolean;
}

/** The thinking the fake server streams with `reasoning`; it contains a fence, to prove it is not taken for code. */
export const FAKE_REASONING = 'Let me think.\n```python\nos.system(cmd)\n```\nNo, that is unsafe.';

export interface FakeServer {
  url: string;
  /** Every request body received, parsed. */
  requests: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startFakeOpenAiServer(options: FakeServerOptions): Promise<FakeServer> {
  const requests: Record<string, unknown>[] = [];
  let received = 0;
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    if (options.cors) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'authorization, content-type, accept');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') return void res.writeHead(options.cors ? 204 : 404).end();
    if (req.method === 'GET' && req.url === '/v1/models') {
      if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`)
        return send(res, 401, { error: { message: 'bad key' } });
      const ids = options.models ?? ['fake-coder'];
      return send(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', owned_by: 'fake' })) });
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions')
      return send(res, 404, { error: { message: `no route ${req.url}` } });
    if (options.failWith) return send(res, options.failWith, { error: { message: 'scripted failure' } });
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`)
      return send(res, 401, { error: { message: 'bad key' } });
    const request = z.record(z.string(), z.unknown()).parse(JSON.parse(raw));
    requests.push(request);
    received += 1;
    const rejected = quirkAnswer(request, received, options.quirks ?? {});
    if (rejected === 'reset') return void res.socket?.destroy();
    if (rejected) {
      res.writeHead(rejected.status, { 'content-type': 'application/json', ...rejected.headers });
      return void res.end(JSON.stringify(rejected.body));
    }
    const failure = options.failWhen?.(request);
    if (failure) return send(res, failure, { error: { message: 'scripted failure for this request' } });
    const reply = options.replyWhen?.(request) ?? replyFor(request, options.rules);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const write = (data: unknown): void => {
      res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    };
    const quirks = options.quirks ?? {};
    if (quirks.reasoning === 'field')
      for (const piece of tokenize(FAKE_REASONING))
        write({
          id: 'fake',
          object: 'chat.completion.chunk',
          choices: [{ index: 0, delta: { reasoning_content: piece } }],
        });
    const pieces = tokenize(quirks.reasoning === 'think' ? `<think>${FAKE_REASONING}</think>\n${reply}` : reply);
    const withLogprobs = request.logprobs === true;
    for (const [i, piece] of pieces.entries()) {
      if (options.broken === 'garbage' && i === 1) write('{not json');
      if (options.broken === 'truncated' && i === 2) return void res.end();
      const choice: Record<string, unknown> = { index: 0, delta: { content: piece }, finish_reason: null };
      if (withLogprobs)
        choice.logprobs = {
          content: [
            { token: piece, logprob: -0.1 * (i % 5), top_logprobs: [{ token: piece, logprob: -0.1 * (i % 5) }] },
          ],
        };
      write({ id: 'fake', object: 'chat.completion.chunk', choices: [choice] });
      if (options.chunkDelayMs) await new Promise((r) => setTimeout(r, options.chunkDelayMs));
      if (res.destroyed) return;
    }
    write({ id: 'fake', object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
    write({
      id: 'fake',
      object: 'chat.completion.chunk',
      choices: [],
      usage: {
        prompt_tokens: quirks.partialUsage ? null : promptTokens(request),
        completion_tokens: pieces.length,
      },
    });
    write('[DONE]');
    res.end();
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface QuirkAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

function quirkAnswer(
  request: Record<string, unknown>,
  nth: number,
  quirks: ServerQuirks,
): QuirkAnswer | 'reset' | null {
  if (quirks.resetFirst && nth <= quirks.resetFirst) return 'reset';
  if (quirks.failFirst && nth <= quirks.failFirst.times)
    return { status: quirks.failFirst.status, body: { error: { message: 'model is loading, try again' } } };
  if (quirks.rateLimitFirst && nth <= quirks.rateLimitFirst.times)
    return {
      status: 429,
      headers: quirks.rateLimitFirst.retryAfter ? { 'retry-after': quirks.rateLimitFirst.retryAfter } : {},
      body: { error: { message: 'Rate limit reached, slow down', type: 'rate_limit_error' } },
    };
  const bad = (message: string): QuirkAnswer => ({
    status: 400,
    body: { object: 'error', message, type: 'BadRequestError', code: 400 },
  });
  if (quirks.rejectAlways) return bad(quirks.rejectAlways);
  if (quirks.rejectLogprobs && 'logprobs' in request)
    return { status: 400, body: { error: 'Input validation error: logprobs is not supported by this backend' } };
  if (quirks.rejectStreamOptions && 'stream_options' in request)
    return bad('1 validation error: stream_options: Extra inputs are not permitted');
  if (quirks.rejectMaxTokens && 'max_tokens' in request)
    return {
      status: 400,
      body: {
        error: {
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          type: 'invalid_request_error',
        },
      },
    };
  const messages = Array.isArray(request.messages) ? (request.messages as { role?: unknown }[]) : [];
  if (quirks.rejectSystemRole && messages.some((m) => m.role === 'system')) return bad('System role not supported');
  return null;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function lastUserMessage(request: Record<string, unknown>): string {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const users = messages.filter(
    (m): m is { role: string; content: string } =>
      typeof m === 'object' && m !== null && m.role === 'user' && typeof m.content === 'string',
  );
  return users.at(-1)?.content ?? '';
}

function replyFor(request: Record<string, unknown>, rules: ScriptRule[]): string {
  const last = lastUserMessage(request);
  return rules.find((r) => r.match === undefined || new RegExp(r.match, 'm').test(last))?.reply ?? '';
}

function promptTokens(request: Record<string, unknown>): number {
  return tokenize(JSON.stringify(request.messages ?? '')).length;
}
