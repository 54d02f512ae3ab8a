// The "model server on this machine" engine source: the address the user typed, the server's model list,
// and the engine installed in the model store. Requests go only to the typed address; a host other than
// this machine is used only after the user confirms it. The API key stays in memory unless "remember" is ticked.
import { create } from 'zustand';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import type { LlmEngine } from '../core/generation/LlmEngine';
import { serverAddress, DEFAULT_SERVER_URL } from '../adapters/localServer/serverAddress';
import { listServerModels } from '../adapters/localServer/listServerModels';
import { corsAwareFetch } from '../adapters/localServer/corsAwareFetch';
import { OpenAiEngine } from '../adapters/openai/OpenAiEngine';
import { useModelStore } from './modelStore';

export const LOCAL_SERVER_KEY = 'scg-local-server';
/** Listing models is quick on any live server; a hung one must not hold the form. */
export const LIST_TIMEOUT_MS = 10_000;

export interface LocalServerDeps {
  fetch: typeof fetch;
  origin: () => string;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  install: (engine: LlmEngine | null) => void;
}

export interface LocalServerState {
  baseUrl: string;
  apiKey: string;
  rememberKey: boolean;
  /** A remote host awaiting the user's confirmation, or null. */
  confirmHost: string | null;
  status: 'idle' | 'listing' | 'listed' | 'error';
  models: string[];
  model: string | null;
  error: ErrorRecord | null;
  setBaseUrl(url: string): void;
  setApiKey(key: string): void;
  setRememberKey(remember: boolean): void;
  /** Reads GET {base}/models; for a remote host, first asks (confirmHost) unless `confirmed`. */
  connect(confirmed?: boolean): Promise<void>;
  chooseModel(id: string): void;
}

interface Saved {
  baseUrl?: string;
  apiKey?: string;
}

function readSaved(storage: LocalServerDeps['storage']): Saved {
  try {
    const value: unknown = JSON.parse(storage?.getItem(LOCAL_SERVER_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Saved) : {};
  } catch {
    return {};
  }
}

export function createLocalServerStore(deps: LocalServerDeps) {
  const saved = readSaved(deps.storage);
  // Each connect gets a number; an answer to an older one is dropped.
  let seq = 0;
  return create<LocalServerState>()((set, get) => {
    const save = () => {
      const { baseUrl, apiKey, rememberKey } = get();
      const value: Saved = rememberKey && apiKey ? { baseUrl, apiKey } : { baseUrl };
      deps.storage?.setItem(LOCAL_SERVER_KEY, JSON.stringify(value));
    };
    const engineFor = (model: string): LlmEngine => {
      const { baseUrl, apiKey } = get();
      return new OpenAiEngine({
        baseUrl: serverAddress(baseUrl).baseUrl,
        model,
        apiKey: apiKey || undefined,
        fetch: corsAwareFetch(deps.fetch, deps.origin()),
      });
    };
    const reset = { status: 'idle' as const, models: [], model: null, error: null, confirmHost: null };
    return {
      baseUrl: typeof saved.baseUrl === 'string' ? saved.baseUrl : DEFAULT_SERVER_URL,
      apiKey: typeof saved.apiKey === 'string' ? saved.apiKey : '',
      rememberKey: typeof saved.apiKey === 'string',
      ...reset,

      setBaseUrl(baseUrl) {
        seq++;
        set({ baseUrl, ...reset });
        deps.install(null);
      },
      setApiKey(apiKey) {
        set({ apiKey });
        if (get().rememberKey) save();
      },
      setRememberKey(rememberKey) {
        set({ rememberKey });
        save();
      },

      async connect(confirmed = false) {
        const mine = ++seq;
        let base: string;
        try {
          const address = serverAddress(get().baseUrl);
          if (address.remote && !confirmed) {
            set({ ...reset, confirmHost: new URL(address.baseUrl).host });
            return;
          }
          base = address.baseUrl;
        } catch (error) {
          set({ ...reset, status: 'error', error: toErrorRecord(error, 'BAD_INPUT') });
          return;
        }
        set({ ...reset, status: 'listing' });
        deps.install(null);
        save();
        const timeout = AbortSignal.timeout(LIST_TIMEOUT_MS);
        try {
          const models = await listServerModels(base, {
            apiKey: get().apiKey || undefined,
            fetch: corsAwareFetch(deps.fetch, deps.origin()),
            signal: timeout,
          });
          if (mine !== seq) return;
          set({ status: 'listed', models });
          if (models.length > 0) get().chooseModel(models[0]!);
        } catch (error) {
          if (mine !== seq) return;
          const record: ErrorRecord = timeout.aborted
            ? { code: 'TIMEOUT', message: `No answer from ${base} in ${LIST_TIMEOUT_MS / 1000} s.` }
            : toErrorRecord(error, 'ENGINE_UNREACHABLE');
          if (record.code === 'ENGINE_UNAUTHORIZED') record.hint = "Type the server's API key in the API key field.";
          set({ status: 'error', error: record });
        }
      },

      chooseModel(id) {
        if (!get().models.includes(id)) return;
        set({ model: id });
        deps.install(engineFor(id));
      },
    };
  });
}

export const useLocalServerStore = createLocalServerStore({
  fetch: (input, init) => fetch(input, init),
  origin: () => globalThis.location?.origin ?? 'http://localhost',
  storage: typeof localStorage === 'undefined' ? null : localStorage,
  install: (engine) => useModelStore.getState().useServerEngine(engine),
});
