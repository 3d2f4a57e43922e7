// Loaded on demand by wb-editor: monaco's core with the Go grammar and its editor worker (wired
// through vite's ?worker import, as monaco's own URL wiring does not survive `vite build`).
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/go/register';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
