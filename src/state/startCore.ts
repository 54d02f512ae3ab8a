// Imported first by main.tsx, so the core worker is created before React and the app's modules are
// evaluated: starting a worker thread takes a few hundred milliseconds on a slow machine, and that
// time now overlaps the first render instead of following it.
import { coreReady } from './coreClient';

void coreReady().catch(() => undefined); // errors surface through the run store's boot()
