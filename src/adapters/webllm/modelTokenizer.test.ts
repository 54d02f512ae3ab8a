import { describe, expect, it } from 'vitest';
import { loadModelTokenizer, modelBaseUrl } from './modelTokenizer';

// A tiny word-level tokenizer written for this test (real models ship byte-level BPE; the path is the same).
const TOKENIZER = {
  version: '1.0',
  truncation: null,
  padding: null,
  added_tokens: [],
  normalizer: { type: 'Lowercase' },
  pre_tokenizer: { type: 'Whitespace' },
  post_processor: null,
  decoder: null,
  model: {
    type: 'WordLevel',
    vocab: { '[UNK]': 0, def: 1, ping: 2, host: 3, '(': 4, ')': 5, ':': 6 },
    unk_token: '[UNK]',
  },
};

describe('modelBaseUrl', () => {
  it('follows web-llm: resolve/main/ is added to a plain model URL only', () => {
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC')).toBe(
      'https://huggingface.co/mlc-ai/Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC/resolve/main/',
    );
    expect(modelBaseUrl('http://localhost:8000/models/m/resolve/v2/')).toBe(
      'http://localhost:8000/models/m/resolve/v2/',
    );
  });
});

describe('loadModelTokenizer', () => {
  it('counts tokens with the tokenizer.json found beside the model, and reads its config', async () => {
    const asked: string[] = [];
    const count = await loadModelTokenizer('https://example.test/org/model', async (url) => {
      asked.push(url);
      return url.endsWith('/tokenizer.json') ? TOKENIZER : undefined;
    });
    expect(asked).toEqual([
      'https://example.test/org/model/resolve/main/tokenizer.json',
      'https://example.test/org/model/resolve/main/tokenizer_config.json',
    ]);
    expect(count).not.toBeNull();
    expect(count!('DEF ping ( host ) :')).toBe(6);
    // The Whitespace pre-tokenizer keeps a run of punctuation together: "):" is one token here.
    expect(count!('def ping(host):')).toBe(5);
    expect(count!('')).toBe(0);
  });

  it('is null for a model without tokenizer.json, so budgets fall back to the estimate', async () => {
    expect(await loadModelTokenizer('https://example.test/m', async () => undefined)).toBeNull();
    expect(await loadModelTokenizer('https://example.test/m', async () => ['not', 'a', 'tokenizer'])).toBeNull();
  });
});
