import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeBatch, makeTemplate } from '@/testing/data';
import { json, mockApi, problem, type MockRequest } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const SUBMIT = 'POST /api/articles/bulk';

function cell(rowIdx: number, column: string): HTMLElement {
  const grid = screen.getByRole('grid', { name: /keywords/i });
  const header = within(grid)
    .getAllByRole('columnheader')
    .findIndex((h) => h.textContent === column);
  const row = within(grid).getAllByRole('row')[rowIdx + 1];
  return within(row).getAllByRole('gridcell')[header];
}

async function pasteInto(
  user: ReturnType<typeof renderApp>['user'],
  target: HTMLElement,
  text: string,
) {
  await user.click(target);
  fireEvent.paste(target, { clipboardData: { getData: () => text } });
}

function counts() {
  return screen.getByTestId('grid-counts').textContent;
}

function body(request: MockRequest) {
  return JSON.parse(String(request.init?.body)) as {
    name?: string;
    settings: Record<string, unknown>;
    items: Record<string, unknown>[];
  };
}

describe('BulkFormPage', () => {
  it('pastes an Excel block into the grid, shows problems and duplicates, removes them and undoes', async () => {
    mockApi({});
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });

    await pasteInto(
      user,
      cell(0, 'Keyword'),
      'espresso\t\t600\r\n"cold\r\nbrew"\tCold Brew\t50\r\nEspresso\t\t\r\n',
    );
    expect(await screen.findByText('Pasted 3 rows.')).toBeInTheDocument();
    expect(counts()).toMatch(/3 rows.*2 valid.*1 duplicates.*1 invalid cells/);
    expect(cell(1, 'Keyword').textContent).toContain('cold\r\nbrew');
    expect(cell(1, 'Target words')).toHaveClass('grid__cell--invalid');
    expect(cell(1, 'Target words')).toHaveTextContent('50 is out of range');
    expect(cell(2, 'Keyword')).toHaveClass('grid__cell--duplicate');
    expect(screen.getByRole('button', { name: /^Row 2, Target words$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Write 3 articles$/ })).toBeDisabled();
    expect(screen.getByText(/Fix 1 invalid cell/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove duplicates (1)' }));
    expect(counts()).toMatch(/2 rows.*0 duplicates/);
    await user.click(screen.getByRole('button', { name: 'Undo remove duplicates' }));
    expect(counts()).toMatch(/3 rows.*1 duplicates/);
    expect(screen.getByText('Undid the remove duplicates.')).toBeInTheDocument();
  });

  it('keeps a pasted single value in the cell, clears a cell with Delete and undoes a paste with Ctrl+Z', async () => {
    mockApi({});
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });

    await pasteInto(user, cell(0, 'Keyword'), 'french press');
    expect(cell(0, 'Keyword')).toHaveTextContent('french press');
    await pasteInto(user, cell(1, 'Keyword'), 'moka pot\nchemex');
    expect(counts()).toMatch(/3 rows/);
    await user.keyboard('{Control>}z{/Control}');
    expect(counts()).toMatch(/1 rows/);

    await user.click(cell(0, 'Keyword'));
    await user.keyboard('{Delete}');
    expect(cell(0, 'Keyword')).toHaveTextContent('');
    expect(counts()).toMatch(/0 rows/);
    expect(screen.getByText(/Add at least one keyword/)).toBeInTheDocument();
  });

  it('types into a cell, selects rows and deletes them', async () => {
    mockApi({});
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await pasteInto(user, cell(0, 'Keyword'), 'one\ntwo\nthree');

    await user.dblClick(cell(1, 'Title'));
    await user.keyboard('Second title{Enter}');
    expect(cell(1, 'Title')).toHaveTextContent('Second title');

    // a paste into an open editor is the editor's: the grid does not write a block around it
    await user.dblClick(cell(2, 'Title'));
    const editor = within(cell(2, 'Title')).getByRole('textbox');
    fireEvent.paste(editor, { clipboardData: { getData: () => 'a\tb\nc' } });
    await user.keyboard('{Escape}');
    expect(counts()).toMatch(/^3 rows/);

    const grid = screen.getByRole('grid', { name: /keywords/i });
    const boxes = within(grid).getAllByRole('checkbox', { name: 'Select' });
    await user.click(boxes[0]);
    await user.click(boxes[2]);
    await user.click(screen.getByRole('button', { name: 'Delete selected rows (2)' }));
    expect(counts()).toMatch(/^1 rows/);
    expect(cell(0, 'Keyword')).toHaveTextContent('two');
  });

  it('submits one batch with an Idempotency-Key, shows what will happen first and opens the batch', async () => {
    let resolve: (r: Response) => void = () => {};
    const { requests } = mockApi({
      'GET /api/providers': [
        { name: 'openai', label: 'OpenAI', draft: false, models: ['gpt-4o-mini', 'gpt-4o'] },
        { name: 'offline', label: 'Offline draft engine', draft: true, models: ['draft-1'] },
      ],
      'POST /api/articles/bulk/estimate': {
        articles: 2,
        requests: 2,
        promptTokens: 1200,
        completionTokens: 3000,
        costUsd: 0.12,
        durationSeconds: 90,
        limitedBy: 'requests-per-minute',
        providers: [],
      },
      [SUBMIT]: () => new Promise<Response>((r) => (resolve = r)),
      'GET /api/articles/queue/b-9': makeBatch({ id: 'b-9', name: 'Coffee' }),
    });
    const { user, router } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await pasteInto(user, cell(0, 'Keyword'), 'espresso\ncold brew');

    await user.type(screen.getByLabelText('Batch name'), 'Coffee');
    await user.selectOptions(await screen.findByLabelText('Provider'), 'openai');
    expect(screen.getByLabelText('Model')).toHaveValue('gpt-4o-mini');
    await user.selectOptions(screen.getByLabelText('Model'), 'gpt-4o');
    await user.selectOptions(screen.getByLabelText('Tone'), 'casual');
    await user.clear(screen.getByLabelText('Target words'));
    await user.type(screen.getByLabelText('Target words'), '600');
    await user.type(screen.getByLabelText('Audience'), 'home baristas');
    await user.selectOptions(screen.getByLabelText('Point of view'), 'third-person');
    await user.click(screen.getByLabelText(/FAQ section/));
    await user.type(screen.getByLabelText('Custom instructions'), 'Mention grind size.');

    expect(screen.getByTestId('submit-summary')).toHaveTextContent(
      '2 articles will be written by OpenAI (gpt-4o)',
    );
    expect(await screen.findByText('4,200')).toBeInTheDocument();
    expect(screen.getByText('US$0.12')).toBeInTheDocument();
    expect(screen.getByText('1 min 30 s')).toBeInTheDocument();

    const submit = screen.getByRole('button', { name: 'Write 2 articles' });
    await user.dblClick(submit);
    expect(requests(SUBMIT)).toHaveLength(1);
    const sent = requests(SUBMIT)[0];
    expect((sent.init?.headers as Record<string, string>)['Idempotency-Key']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(body(sent)).toEqual({
      name: 'Coffee',
      settings: {
        provider: 'openai',
        model: 'gpt-4o',
        language: 'en',
        tone: 'casual',
        wordCount: 600,
        audience: 'home baristas',
        pointOfView: 'third-person',
        includeFaq: true,
        instructions: 'Mention grind size.',
      },
      items: [{ keyword: 'espresso' }, { keyword: 'cold brew' }],
    });
    expect(screen.getByRole('button', { name: 'Submitting…' })).toBeDisabled();

    resolve(json(makeBatch({ id: 'b-9', name: 'Coffee' }), 202));
    await waitFor(() => expect(router.state.location.pathname).toBe('/batches/b-9'));
    expect(window.localStorage.getItem('bulkwriter.bulk-form.draft')).toBeNull();
  });

  it('maps the server validation errors back to the cells and fields and keeps everything typed', async () => {
    const { requests } = mockApi({
      [SUBMIT]: () =>
        problem({
          title: 'Invalid request',
          status: 400,
          detail: 'The batch has 3 problems; nothing was saved.',
          errors: [
            { row: 2, field: 'language', message: "'xx' is not an ISO 639-1 language code" },
            { row: null, field: 'settings.language', message: "'zz' is not a language code" },
            { row: null, field: 'items', message: 'at most 1 items in a batch' },
          ],
        }),
    });
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    // a blank row between the two: the server's row 2 is the grid's row 3
    await pasteInto(user, cell(0, 'Keyword'), 'espresso\t\t\t\tde\n\nlatte\t\t\t\txx');
    await user.clear(screen.getByLabelText('Language'));
    await user.type(screen.getByLabelText('Language'), 'zz');

    await user.click(screen.getByRole('button', { name: 'Write 2 articles' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The batch was not submitted. Nothing you typed was lost.');
    expect(alert).toHaveTextContent('at most 1 items in a batch');
    expect(alert).not.toHaveTextContent('ISO 639-1');
    expect(cell(2, 'Language')).toHaveClass('grid__cell--invalid');
    expect(cell(2, 'Language')).toHaveTextContent("'xx' is not an ISO 639-1 language code");
    expect(cell(0, 'Language')).not.toHaveClass('grid__cell--invalid');
    expect(screen.getByLabelText('Language')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText("Language 'zz' is not a language code")).toBeInTheDocument();
    expect(cell(0, 'Keyword')).toHaveTextContent('espresso');

    // editing the field clears the server's complaint; a changed body gets a new key
    await user.clear(screen.getByLabelText('Language'));
    await user.type(screen.getByLabelText('Language'), 'en');
    expect(screen.getByLabelText('Language')).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Write 2 articles' }));
    await waitFor(() => expect(requests(SUBMIT)).toHaveLength(2));
    const keys = requests(SUBMIT).map(
      (r) => (r.init?.headers as Record<string, string>)['Idempotency-Key'],
    );
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('falls back to the offline engine without the providers endpoint and says there is no estimate', async () => {
    mockApi({});
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await pasteInto(user, cell(0, 'Keyword'), 'espresso');

    expect(screen.getByLabelText('Provider')).toHaveDisplayValue('Offline draft engine');
    expect(screen.getByLabelText('Model')).toHaveValue('draft-1');
    expect(
      await screen.findByText('This server gives no token or cost estimate.'),
    ).toBeInTheDocument();

    // a form that is merely invalid is not asked about: it says when the estimate comes
    await pasteInto(user, cell(1, 'Target words'), '5');
    expect(
      await screen.findByText('Tokens, cost and duration are estimated once the form is valid.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('This server gives no token or cost estimate.')).toBeNull();
    expect(screen.getByText(/placeholder drafts, not LLM articles/)).toBeInTheDocument();
  });

  it('offers the offline engine when the providers cannot be loaded, and names the reason', async () => {
    mockApi({
      'GET /api/providers': () => problem({ title: 'Bad', status: 400, detail: 'Broken' }),
    });
    renderApp('/batches/new');
    expect(await screen.findByText(/Could not load the providers \(Broken\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Provider')).toHaveDisplayValue('Offline draft engine');
  });

  it('fills the settings from a server template and saves the settings as a new template', async () => {
    const { requests } = mockApi({
      'GET /api/templates': [
        makeTemplate({ id: 't-2', name: 'Team', owner: 'ann', shared: true, editable: false }),
      ],
      'POST /api/templates': (request: MockRequest) =>
        json(
          makeTemplate({
            id: 't-3',
            name: 'Fun',
            shared: true,
            ...JSON.parse(String(request.init?.body)),
          }),
          201,
        ),
    });
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await user.type(screen.getByLabelText('Batch name'), 'Mine');

    await user.selectOptions(await screen.findByLabelText('Template'), 'Team (shared by ann)');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('Applied template "Team".')).toBeInTheDocument();
    expect(screen.getByLabelText('Tone')).toHaveValue('friendly');
    expect(screen.getByLabelText('Audience')).toHaveValue('home baristas');
    expect(screen.getByLabelText('Outline template')).toHaveValue(
      'What {keyword} is\nChoosing {Keyword} in {year}',
    );
    expect(screen.getByLabelText('Required phrases')).toHaveValue('free shipping');
    expect(screen.getByLabelText('Batch name')).toHaveValue('Mine');

    await user.type(screen.getByLabelText('Save these settings as'), 'Fun');
    await user.click(screen.getByLabelText('Shared with everyone'));
    await user.click(screen.getByRole('button', { name: 'Save as template' }));
    expect(await screen.findByText('Saved template "Fun", shared.')).toBeInTheDocument();
    expect(body(requests('POST /api/templates')[0])).toMatchObject({
      name: 'Fun',
      shared: true,
      settings: {
        tone: 'friendly',
        outline: ['What {keyword} is', 'Choosing {Keyword} in {year}'],
        requiredPhrases: ['free shipping'],
      },
    });
  });

  it('says why a template could not be saved, and checks placeholders before submitting', async () => {
    mockApi({
      'POST /api/templates': () =>
        problem({
          title: 'Bad Request',
          status: 400,
          errors: [
            { row: null, field: 'name', message: "'Fun' is the name of another of your templates" },
          ],
        }),
    });
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await user.type(screen.getByLabelText('Save these settings as'), 'Fun');
    await user.click(screen.getByRole('button', { name: 'Save as template' }));
    expect(await screen.findByText(/Not saved: name 'Fun' is the name/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Outline template'), 'Best {{city}');
    expect(screen.getAllByText(/unknown placeholder \{city\}/).length).toBeGreaterThan(0);
  });

  it('offers the presets of this browser for import once and remembers the answer', async () => {
    window.localStorage.setItem(
      'bulkwriter.bulk-form.presets',
      JSON.stringify([
        { name: 'Fun', settings: { tone: 'humorous', audience: 'kids' } },
        { name: 'Taken', settings: {} },
      ]),
    );
    const { requests } = mockApi({
      'POST /api/templates': (request: MockRequest) => {
        const sentBody = JSON.parse(String(request.init?.body)) as { name: string };
        return sentBody.name === 'Taken'
          ? problem({
              title: 'Bad Request',
              status: 400,
              errors: [{ row: null, field: 'name', message: 'is taken' }],
            })
          : json(makeTemplate({ name: sentBody.name }), 201);
      },
    });
    const first = renderApp('/batches/new');
    expect(
      await screen.findByText(/This browser keeps 2 settings presets \(Fun, Taken\)/),
    ).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText(
        'Imported 1 preset as templates. Not imported: "Taken" (name is taken).',
      ),
    ).toBeInTheDocument();
    expect(body(requests('POST /api/templates')[0])).toMatchObject({
      name: 'Fun',
      shared: false,
      settings: { tone: 'humorous', audience: 'kids' },
    });
    first.unmount();

    renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    expect(screen.queryByText(/settings presets/)).toBeNull();
  });

  it('does not offer the presets again once dismissed, and leaves them in the browser', async () => {
    window.localStorage.setItem(
      'bulkwriter.bulk-form.presets',
      JSON.stringify([{ name: 'Fun', settings: {} }]),
    );
    const { requests } = mockApi({});
    const first = renderApp('/batches/new');
    await first.user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/settings preset/)).toBeNull();
    first.unmount();
    renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    expect(screen.queryByText(/settings preset/)).toBeNull();
    expect(requests('POST /api/templates')).toHaveLength(0);
    expect(window.localStorage.getItem('bulkwriter.bulk-form.presets')).not.toBeNull();
  });

  it('shows settings problems next to their fields and blocks the submit', async () => {
    mockApi({});
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await pasteInto(user, cell(0, 'Keyword'), 'espresso');
    await user.clear(screen.getByLabelText('Target words'));
    await user.type(screen.getByLabelText('Target words'), '20000');
    expect(
      screen.getByText('Target words 20000 is out of range; use 100 to 10000 words'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Write 1 article' })).toBeDisabled();
  });

  it('restores the unsent grid and settings from the browser', async () => {
    window.localStorage.setItem(
      'bulkwriter.bulk-form.draft',
      JSON.stringify({ rows: [['saved keyword']], settings: { name: 'Saved batch' } }),
    );
    mockApi({});
    renderApp('/batches/new');
    expect(
      await screen.findByText('Your unsent batch was restored from this browser.'),
    ).toBeInTheDocument();
    expect(cell(0, 'Keyword')).toHaveTextContent('saved keyword');
    expect(screen.getByLabelText('Batch name')).toHaveValue('Saved batch');
    await waitFor(() =>
      expect(window.localStorage.getItem('bulkwriter.bulk-form.draft')).toContain('saved keyword'),
    );
  });

  it('imports a CSV file by its header and appends it after the rows already there', async () => {
    mockApi({});
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    await pasteInto(user, cell(0, 'Keyword'), 'typed first');

    const file = new File(['Keyword;Tone\r\nespresso;casual\r\n"cold; brew";\r\n'], 'kw.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('Import CSV or XLSX'), file);
    expect(await screen.findByText('Imported 2 rows from kw.csv.')).toBeInTheDocument();
    expect(cell(1, 'Keyword')).toHaveTextContent('espresso');
    expect(cell(1, 'Tone')).toHaveTextContent('casual');
    expect(cell(2, 'Keyword')).toHaveTextContent('cold; brew');

    await user.upload(
      screen.getByLabelText('Import CSV or XLSX'),
      new File([''], 'empty.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText('empty.csv has no rows with a keyword.')).toBeInTheDocument();
    // a file picked with "All files" bypasses the accept list
    fireEvent.change(screen.getByLabelText('Import CSV or XLSX'), {
      target: { files: [new File(['x'], 'old.xls', { type: 'application/vnd.ms-excel' })] },
    });
    expect(
      await screen.findByText(/Could not read old.xls: Old .xls workbooks/),
    ).toBeInTheDocument();
  });
});
