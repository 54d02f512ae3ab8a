// A Monaco code view: findings become markers, slice lines become whole-line decorations, and a
// click on a line reports it (to highlight the slice around it). Loaded lazily.
import { useEditorTheme } from './useEditorTheme';
import { useEffect, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import { monacoLanguage } from './monacoLanguage';
import type { Finding } from '../../core/analysis/Finding';

export interface CodeEditorProps {
  value: string;
  language: string;
  readOnly?: boolean;
  height?: string | number;
  findings?: Finding[];
  highlightLines?: number[];
  onChange?: (value: string) => void;
  onLineClick?: (line: number) => void;
  testId?: string;
}

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
  low: monaco.MarkerSeverity.Info,
} as const;

export default function CodeEditor(props: CodeEditorProps) {
  // State, not a ref: findings or slice lines that arrive before Monaco has mounted are applied on mount.
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const theme = useEditorTheme();
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const onLineClick = useRef(props.onLineClick);
  onLineClick.current = props.onLineClick;

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'analyzer',
      (props.findings ?? []).map((f) => ({
        startLineNumber: f.line,
        startColumn: f.column,
        endLineNumber: f.endLine,
        endColumn: f.endColumn,
        severity: SEVERITY[f.severity],
        message: `${f.cwe} ${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}`,
        source: f.rule,
      })),
    );
  }, [editor, props.findings, props.value]);

  useEffect(() => {
    if (!editor) return;
    decorations.current ??= editor.createDecorationsCollection();
    decorations.current.set(
      (props.highlightLines ?? []).map((line) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'slice-line', linesDecorationsClassName: 'slice-gutter' },
      })),
    );
  }, [editor, props.highlightLines, props.value]);

  return (
    <div className="code-editor" data-testid={props.testId}>
      <Editor
        value={props.value}
        language={monacoLanguage(props.language)}
        height={props.height ?? '100%'}
        theme={theme}
        options={{
          ariaLabel: props.readOnly === false ? 'Code editor' : 'Code (read-only)',
          readOnly: props.readOnly ?? true,
          minimap: { enabled: false },
          fontSize: 13,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          lineNumbersMinChars: 3,
          glyphMargin: false,
          wordWrap: 'on',
        }}
        onChange={(v) => props.onChange?.(v ?? '')}
        onMount={(mounted) => {
          setEditor(mounted);
          mounted.onMouseDown((e) => {
            const line = e.target.position?.lineNumber;
            if (line) onLineClick.current?.(line);
          });
        }}
      />
    </div>
  );
}
