// WebLLM worker entry: exposes the engine API over comlink. web-llm is loaded only here, off the main thread.
import { expose } from 'comlink';
import { createWebLlmWorkerApi } from '../adapters/webllm/createWebLlmWorkerApi';

expose(createWebLlmWorkerApi());
