// Monaco, bundled locally: the slim editor core plus the language definitions we show. Imported
// only for its side effects (the worker factory and loader.config must run before any editor renders).
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/cpp/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/java/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/php/register';
import 'monaco-editor/languages/definitions/csharp/register';
import 'monaco-editor/languages/definitions/rust/register';
import 'monaco-editor/languages/definitions/ruby/register';
// The tokenizers too, not only their registrations: Monaco would otherwise fetch each one the first time a
// language is shown (a few KB each), which fails offline, e.g. a recorded C run opened after a Python one.
import 'monaco-editor/languages/definitions/python/python';
import 'monaco-editor/languages/definitions/cpp/cpp';
import 'monaco-editor/languages/definitions/javascript/javascript';
import 'monaco-editor/languages/definitions/typescript/typescript';
import 'monaco-editor/languages/definitions/java/java';
import 'monaco-editor/languages/definitions/go/go';
import 'monaco-editor/languages/definitions/php/php';
import 'monaco-editor/languages/definitions/csharp/csharp';
import 'monaco-editor/languages/definitions/rust/rust';
import 'monaco-editor/languages/definitions/ruby/ruby';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

// Without getWorker the production build fails to start the editor worker.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

// Without this, @monaco-editor/react would fetch Monaco from a CDN.
loader.config({ monaco });

export { monaco };
