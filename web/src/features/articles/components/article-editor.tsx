import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo, useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api-client';
import type { Article, ArticleEdit } from '@/types/api';

import { articleKeys } from '../api/get-article';
import { useSaveArticle } from '../api/versions';
import { contentChecks, countWords, SLUG_PATTERN } from '../utils/content-checks';

import { ArticleMarkdown } from './article-markdown';
import { ConflictDialog } from './conflict-dialog';
import './editing.css';

// CodeMirror is a large script: it loads only when someone edits
const MarkdownEditor = lazy(() => import('./markdown-editor'));

type Draft = { title: string; slug: string; metaDescription: string; markdown: string };

function draftOf(article: Article): Draft {
  return {
    title: article.title ?? '',
    slug: article.slug ?? '',
    metaDescription: article.metaDescription ?? '',
    markdown: article.markdown ?? '',
  };
}

function toEdit(draft: Draft): ArticleEdit {
  return {
    title: draft.title,
    slug: draft.slug,
    metaDescription: draft.metaDescription.trim() ? draft.metaDescription : null,
    markdown: draft.markdown,
  };
}

/** What is wrong with a field before the server is asked, or what the server said about it. */
function fieldProblems(draft: Draft, error: unknown): Partial<Record<keyof Draft, string>> {
  const problems: Partial<Record<keyof Draft, string>> = {};
  if (!draft.title.trim()) problems.title = 'A title is needed.';
  if (!SLUG_PATTERN.test(draft.slug.trim()))
    problems.slug = 'Lowercase letters, digits and single hyphens, such as espresso-at-home.';
  if (!draft.markdown.trim()) problems.markdown = 'The body must not be empty.';
  if (error instanceof ApiError) {
    for (const e of error.errors) {
      if (e.field in draft) problems[e.field as keyof Draft] ??= `${e.message}.`;
    }
  }
  return problems;
}

/** A labelled one-line field with the problem found in it (outside the label: its name stays short). */
function LineField(props: {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  problem: string | undefined;
  onChange: (value: string) => void;
}) {
  const problemId = `${props.id}-problem`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        aria-invalid={Boolean(props.problem)}
        aria-describedby={props.problem ? problemId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.problem && (
        <span id={problemId} className="field__problem">
          {props.problem}
        </span>
      )}
    </div>
  );
}

export type ArticleEditorProps = {
  article: Article;
  /** Leaves edit mode (after a save, or on Cancel). */
  onDone: () => void;
};

/**
 * The article in edit mode: title, slug, meta description and a Markdown editor with a live
 * preview and checks. A save names the version it started from; when someone else saved since,
 * the server answers 412 and the conflict dialog offers to reload theirs or overwrite.
 */
export function ArticleEditor({ article, onDone }: ArticleEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(article));
  const [startedFrom, setStartedFrom] = useState(article.version);
  const [conflict, setConflict] = useState(false);
  const save = useSaveArticle(article.id);
  const client = useQueryClient();
  const ids = { title: useId(), slug: useId(), meta: useId(), checks: useId(), heading: useId() };

  const words = useMemo(() => countWords(draft.markdown), [draft.markdown]);
  const checks = contentChecks({
    title: draft.title,
    metaDescription: draft.metaDescription,
    words,
    targetWords: article.targetWords,
  });
  const stale = save.error instanceof ApiError && save.error.status === 412;
  const problems = fieldProblems(draft, stale ? null : save.error);
  const theirs = article.version > startedFrom;
  const finished = article.status === 'SUCCEEDED';

  const set = (field: keyof Draft) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const submit = (version: number) => {
    setConflict(false);
    save.mutate(
      { version, edit: toEdit(draft) },
      {
        onSuccess: onDone,
        onError: async (error) => {
          if (error instanceof ApiError && error.status === 412) {
            // read how it is now, then let the person choose
            await client.refetchQueries({ queryKey: articleKeys.detail(article.id), exact: true });
            setConflict(true);
          }
        },
      },
    );
  };

  const reloadTheirs = () => {
    setDraft(draftOf(article));
    setStartedFrom(article.version);
    setConflict(false);
    save.reset();
  };

  return (
    <section className="card editor" aria-labelledby={ids.heading}>
      <div className="card__header">
        <h2 id={ids.heading}>Edit article</h2>
        <div className="actions__buttons">
          <button type="button" className="button" onClick={onDone} disabled={save.isPending}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={save.isPending || Object.keys(problems).length > 0 || !finished}
            onClick={() => submit(startedFrom)}
          >
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </div>

      {!finished && (
        <div className="alert alert--error" role="alert">
          <p>
            This article is being written again (regenerated); it cannot be saved until that is
            done. Copy your changes if you want to keep them.
          </p>
        </div>
      )}
      {theirs && finished && !conflict && (
        <div className="banner banner--warning" role="status">
          <p>
            Someone else saved version {article.version} while you were editing version{' '}
            {startedFrom}. Saving will ask whether to overwrite it.{' '}
            <button type="button" className="link-button" onClick={reloadTheirs}>
              Reload theirs
            </button>
          </p>
        </div>
      )}
      {save.isError && !stale && <ErrorMessage title="Could not save" error={save.error} />}

      <div className="editor__fields">
        <LineField
          id={ids.title}
          label="Title"
          value={draft.title}
          maxLength={500}
          problem={problems.title}
          onChange={set('title')}
        />
        <LineField
          id={ids.slug}
          label="Slug"
          value={draft.slug}
          maxLength={200}
          problem={problems.slug}
          onChange={set('slug')}
        />
        <div className="field editor__wide">
          <label htmlFor={ids.meta}>Meta description</label>
          <textarea
            id={ids.meta}
            rows={2}
            value={draft.metaDescription}
            maxLength={200}
            aria-invalid={Boolean(problems.metaDescription)}
            onChange={(e) => set('metaDescription')(e.target.value.replace(/[\r\n]+/g, ' '))}
          />
          {problems.metaDescription && (
            <span className="field__problem">{problems.metaDescription}</span>
          )}
        </div>
      </div>

      <ul className="checks" id={ids.checks} aria-label="Checks" aria-live="polite">
        {checks.map((check) => (
          <li
            key={check.id}
            className={check.ok ? 'checks__item' : 'checks__item checks__item--off'}
          >
            <span className="checks__mark" aria-hidden="true">
              {check.ok ? '✓' : '!'}
            </span>
            <span>
              <strong>{check.label}</strong>
              <span className="visually-hidden">
                {check.ok ? ' passes' : ' needs attention'}
              </span>: {check.detail}
            </span>
          </li>
        ))}
      </ul>

      <div className="editor__panes">
        <div className="editor__pane">
          <h3 className="editor__pane-title">Markdown</h3>
          <Suspense fallback={<Spinner label="Loading the editor…" />}>
            <MarkdownEditor
              value={draft.markdown}
              onChange={set('markdown')}
              label="Markdown body"
            />
          </Suspense>
          {problems.markdown && <span className="field__problem">{problems.markdown}</span>}
        </div>
        <div className="editor__pane">
          <h3 className="editor__pane-title">Preview</h3>
          <ArticleMarkdown
            markdown={draft.markdown}
            title={draft.title}
            label="Preview"
            testId="article-preview"
          />
        </div>
      </div>

      {conflict && (
        <ConflictDialog
          startedFrom={startedFrom}
          current={article}
          saving={save.isPending}
          onReload={reloadTheirs}
          onOverwrite={() => submit(article.version)}
          onClose={() => setConflict(false)}
        />
      )}
    </section>
  );
}
