import { EditorView } from '@codemirror/view';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { makeArticle } from '@/testing/data';
import { json, mockApi, problem, type MockRequest } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';
import { renderApp } from '@/testing/test-utils';
import type { ArticleVersion, VersionDiff, VersionSummary } from '@/types/api';

import { ArticlePage } from '../article-page';

const ARTICLE = 'GET /api/articles/a-1';
const SAVE = 'PUT /api/articles/a-1';
const VERSIONS = 'GET /api/articles/a-1/versions';
const DIFF = 'GET /api/articles/a-1/diff';

// jsdom lays nothing out; CodeMirror measures text ranges
beforeAll(() => {
  const empty = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= empty;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

function summary(version: number, overrides: Partial<VersionSummary> = {}): VersionSummary {
  return {
    version,
    reason: version === 1 ? 'GENERATED' : 'EDITED',
    author: version === 1 ? null : 'alice',
    restoredFrom: null,
    title: `Title ${version}`,
    wordCount: 100 * version,
    createdAt: '2026-12-03T10:00:00Z',
    ...overrides,
  };
}

function saved(version: number, overrides: Partial<ArticleVersion> = {}): ArticleVersion {
  return {
    articleId: 'a-1',
    version,
    reason: 'EDITED',
    author: 'admin',
    restoredFrom: null,
    title: 'New title',
    slug: 'new-title',
    metaDescription: null,
    markdown: 'Body',
    wordCount: 1,
    createdAt: '2026-12-03T10:00:00Z',
    ...overrides,
  };
}

const DIFF_1_2: VersionDiff = {
  from: 1,
  to: 2,
  fields: [{ field: 'title', before: 'Title 1', after: 'Title 2' }],
  lines: [
    { kind: 'SAME', text: 'Kept line', oldLine: 1, newLine: 1 },
    { kind: 'REMOVED', text: 'Old line', oldLine: 2, newLine: null },
    { kind: 'ADDED', text: 'New line', oldLine: null, newLine: 2 },
    { kind: 'SAME', text: '', oldLine: 3, newLine: 3 },
  ],
  added: 1,
  removed: 1,
};

/** The CodeMirror view inside the page's Markdown editor, once it has loaded. */
async function markdownEditor(): Promise<EditorView> {
  // CodeMirror is a lazy chunk: its first load can be slow on a busy machine
  const host = await screen.findByTestId('markdown-editor', {}, { timeout: 15_000 });
  // the editor lives in the host's shadow root, where the CSP lets it style itself
  await waitFor(() => expect(host.shadowRoot?.querySelector('.cm-editor')).toBeTruthy(), {
    timeout: 15_000,
  });
  const view = EditorView.findFromDOM(host.shadowRoot?.querySelector('.cm-editor') as HTMLElement);
  if (!view) throw new Error('no editor view');
  return view;
}

function typeBody(view: EditorView, text: string) {
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
}

function sentBody(request: MockRequest) {
  return JSON.parse(String(request.init?.body)) as Record<string, unknown>;
}

function header(request: MockRequest, name: string) {
  return (request.init?.headers as Record<string, string>)[name];
}

describe('editing an article', () => {
  it('edits title, slug, meta description and body with a live preview and checks, then saves with If-Match', async () => {
    const api = mockApi({
      [ARTICLE]: makeArticle({ targetWords: 10 }),
      [VERSIONS]: [summary(1)],
      [SAVE]: () => json(saved(2)),
    });
    const { user } = renderApp('/articles/a-1');

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('How to Grow Tomatoes');
    await user.clear(title);
    await user.type(title, 'Tomatoes on a balcony, the easy and cheap way for everyone at home');
    await user.clear(screen.getByLabelText('Slug'));
    await user.type(screen.getByLabelText('Slug'), 'balcony-tomatoes');
    const view = await markdownEditor();
    expect(view.state.doc.toString()).toBe('# How to Grow Tomatoes\n\nStart with good soil.');
    typeBody(view, '# Balcony\n\nOne two three four five six seven eight nine ten words.');

    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText(/One two three/)).toBeInTheDocument();
    const checks = screen.getByRole('list', { name: 'Checks' });
    expect(checks).toHaveTextContent('12 words; target 10 (9–11)');
    expect(within(checks).getAllByText('needs attention', { exact: false })).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.requests(SAVE)).toHaveLength(1));
    const request = api.requests(SAVE)[0];
    expect(header(request, 'If-Match')).toBe('"1"');
    expect(sentBody(request)).toEqual({
      title: 'Tomatoes on a balcony, the easy and cheap way for everyone at home',
      slug: 'balcony-tomatoes',
      metaDescription: 'Everything about growing tomatoes at home.',
      markdown: '# Balcony\n\nOne two three four five six seven eight nine ten words.',
    });
    // back to reading, the article read again
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('refuses to save a bad slug or an empty title and shows what the server refused', async () => {
    const api = mockApi({
      [ARTICLE]: makeArticle(),
      [VERSIONS]: [summary(1)],
      [SAVE]: () =>
        problem({
          title: 'Invalid request',
          status: 400,
          detail: 'The article cannot be saved: metaDescription is 201 characters long',
          errors: [{ row: null, field: 'metaDescription', message: 'is too long' }],
        }),
    });
    const { user } = renderApp('/articles/a-1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));

    await user.clear(screen.getByLabelText('Slug'));
    await user.type(screen.getByLabelText('Slug'), 'Not a slug');
    expect(screen.getByLabelText('Slug')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.clear(screen.getByLabelText('Slug'));
    await user.type(screen.getByLabelText('Slug'), 'a-slug');
    await user.clear(screen.getByLabelText('Title'));
    expect(screen.getByText('A title is needed.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Title'), 'Fine');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('is too long.')).toBeInTheDocument();
    expect(screen.getByText('Could not save')).toBeInTheDocument();
    expect(api.requests(SAVE)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('on a 412 offers to overwrite theirs with the new ETag, or to reload theirs', async () => {
    let current = makeArticle();
    const api = mockApi({
      [ARTICLE]: () => json(current),
      [VERSIONS]: [summary(1)],
      [SAVE]: (request: MockRequest) => {
        if (header(request, 'If-Match') === '"1"') {
          current = makeArticle({ version: 2, title: 'Their title', markdown: 'Their body' });
          return problem({ title: 'Changed meanwhile', status: 412, detail: 'Changed' });
        }
        return json(saved(3));
      },
    });
    const { user } = renderApp('/articles/a-1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'My title');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('alertdialog', {
      name: 'Someone else saved this article',
    });
    expect(dialog).toHaveTextContent('You edited version 1; the article is now at version 2');
    expect(dialog).toHaveTextContent('Their title');

    await user.click(within(dialog).getByRole('button', { name: 'Reload theirs' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Their title');
    expect((await markdownEditor()).state.doc.toString()).toBe('Their body');

    // the same again, now overwriting
    current = makeArticle({ version: 2, title: 'Their title', markdown: 'Their body' });
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Mine after all');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.requests(SAVE).map((r) => header(r, 'If-Match'))).toEqual(['"1"', '"2"']),
    );
  });

  it('tells the editor at once when someone else saves, and after a 412 overwrite saves with their version', async () => {
    let current = makeArticle();
    const api = mockApi({
      [ARTICLE]: () => json(current),
      [VERSIONS]: [summary(1)],
      [SAVE]: (request: MockRequest) =>
        header(request, 'If-Match') === '"2"'
          ? json(saved(3))
          : problem({ title: 'Changed meanwhile', status: 412, detail: 'Changed' }),
    });
    const { client, user } = renderLiveArticle();
    client.connect();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));

    current = makeArticle({ version: 2, title: 'Their title', wordCount: 7 });
    client.push('/topic/batches.b-1', [
      {
        batchId: 'b-1',
        seq: 1,
        kind: 'ARTICLE_UPDATED',
        at: '2026-12-03T10:00:00Z',
        article: {
          id: 'a-1',
          status: 'SUCCEEDED',
          attempts: 1,
          error: null,
          title: 'Their title',
          wordCount: 7,
        },
      },
    ]);

    expect(
      await screen.findByText(/Someone else saved version 2 while you were editing version 1/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(api.requests(SAVE)).toHaveLength(2));
    expect(header(api.requests(SAVE)[1], 'If-Match')).toBe('"2"');
  });

  it('cannot save while the article is being written again', async () => {
    let current = makeArticle();
    mockApi({ [ARTICLE]: () => json(current), [VERSIONS]: [summary(1)] });
    const { client, user } = renderLiveArticle();
    client.connect();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));

    current = makeArticle({ status: 'QUEUED', markdown: null, title: null });
    client.push('/topic/batches.b-1', [
      {
        batchId: 'b-1',
        seq: 1,
        kind: 'ARTICLES_MOVED',
        at: '2026-12-03T10:00:00Z',
        moved: { transition: 'RETRY_FAILED', from: ['FAILED'], to: 'QUEUED', count: 1 },
      },
    ]);

    expect(await screen.findByText(/being written again/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('the history of an article', () => {
  it('lists versions, shows the changes between two and restores one with If-Match', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const api = mockApi({
      [ARTICLE]: makeArticle({ version: 2 }),
      [VERSIONS]: [summary(2), summary(1)],
      [DIFF]: (request: MockRequest) =>
        request.url.searchParams.get('from') === '1'
          ? json(DIFF_1_2)
          : json({ ...DIFF_1_2, from: 2, to: 1, fields: [], added: 0, removed: 0, lines: [] }),
      'POST /api/articles/a-1/versions/1/restore': () =>
        json(saved(3, { reason: 'RESTORED', restoredFrom: 1 })),
    });
    const { user } = renderApp('/articles/a-1');

    const versions = await screen.findByRole('table', { name: 'Versions' });
    const rows = within(versions).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('2current');
    expect(rows[1]).toHaveTextContent('Edited');
    expect(rows[1]).toHaveTextContent('alice');
    expect(rows[2]).toHaveTextContent('Written');
    expect(rows[2]).toHaveTextContent('Bulkwriter');

    const diff = await screen.findByRole('region', { name: 'Changes from version 1 to 2' });
    expect(diff).toHaveTextContent('1 lines added, 1 removed; Title changed');
    expect(within(diff).getByText('New line').closest('ins')).not.toBeNull();
    expect(within(diff).getByText('Old line').closest('del')).not.toBeNull();
    expect(within(diff).getByText('Title 2')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Compare version'), '2');
    expect(
      await screen.findByText('Choose two different versions to compare.'),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('with'), '1');
    expect(
      await screen.findByRole('region', { name: 'Changes from version 2 to 1' }),
    ).toBeInTheDocument();

    expect(within(rows[1]).queryByRole('button', { name: /restore/i })).toBeNull();
    await user.click(within(rows[2]).getByRole('button', { name: 'Restore version 1' }));
    await waitFor(() =>
      expect(api.requests('POST /api/articles/a-1/versions/1/restore')).toHaveLength(1),
    );
    expect(header(api.requests('POST /api/articles/a-1/versions/1/restore')[0], 'If-Match')).toBe(
      '"2"',
    );
  });

  it('says when a restore came too late', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    mockApi({
      [ARTICLE]: makeArticle({ version: 2 }),
      [VERSIONS]: [summary(2, { reason: 'RESTORED', restoredFrom: 1 }), summary(1)],
      [DIFF]: DIFF_1_2,
      'POST /api/articles/a-1/versions/1/restore': () =>
        problem({ title: 'Changed meanwhile', status: 412, detail: 'Changed' }),
    });
    const { user } = renderApp('/articles/a-1');
    expect(await screen.findByText('Restored from version 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore version 1' }));
    expect(await screen.findByText(/Someone saved meanwhile/)).toBeInTheDocument();
  });
});

function renderLiveArticle() {
  const result = renderLive(
    <Routes>
      <Route path="/articles/:articleId" element={<ArticlePage />} />
    </Routes>,
    '/articles/a-1',
  );
  return { ...result, user: userEvent.setup() };
}
