import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useRef } from 'react';

export type MarkdownEditorProps = {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name of the editing area. */
  label: string;
};

const theme = EditorView.theme({
  '&': { minHeight: '20rem', fontSize: '0.9rem' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-content': { padding: '8px 0' },
});

/**
 * A CodeMirror 6 Markdown editor, loaded lazily with the edit mode. It lives in a shadow root of
 * its host element: there CodeMirror puts its styles into a constructable style sheet
 * (adoptedStyleSheets), which our CSP (`style-src 'self'`) allows. In the document itself it would
 * add a `<style>` element, which the CSP blocks (see docs/security.md).
 */
export default function MarkdownEditor({ value, onChange, label }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const initial = useRef({ value, label });

  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    const { value: doc, label: name } = initial.current;
    const element = host.current as HTMLDivElement;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    shadow.appendChild(parent);
    const editor = new EditorView({
      root: shadow,
      parent,
      state: EditorState.create({
        doc,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          markdown(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          theme,
          // ids do not reach into the shadow root: the area is named by its own attribute
          EditorView.contentAttributes.of({ 'aria-label': name }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      parent.remove();
      view.current = null;
    };
  }, []);

  // a value set from outside (their version reloaded) replaces the text
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="markdown-editor" data-testid="markdown-editor" />;
}
