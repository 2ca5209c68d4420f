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
  /** Id of an element that describes the area (checks, hints). */
  describedBy?: string;
};

/**
 * A CodeMirror 6 Markdown editor. Loaded lazily with the edit mode. Its styles go into
 * constructable style sheets (adoptedStyleSheets), which our CSP (`style-src 'self'`) allows, and
 * its inline styles are set through the CSSOM, never as style attributes (see docs/security.md).
 */
export default function MarkdownEditor({
  value,
  onChange,
  label,
  describedBy,
}: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const initial = useRef({ value, label, describedBy });

  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    const { value: doc, label: name, describedBy: described } = initial.current;
    const editor = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          markdown(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': name,
            ...(described ? { 'aria-describedby': described } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
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
