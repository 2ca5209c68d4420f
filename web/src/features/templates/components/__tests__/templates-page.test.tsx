import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { makeTemplate } from '@/testing/data';
import { json, mockApi, problem, type MockRequest } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { Template } from '@/types/api';

function sent(request: MockRequest) {
  return JSON.parse(String(request.init?.body)) as {
    name: string;
    shared: boolean;
    settings: Record<string, unknown>;
  };
}

describe('Templates page', () => {
  it('lists templates and creates one, showing a server problem next to its field first', async () => {
    let templates: Template[] = [
      makeTemplate(),
      makeTemplate({ id: 't-2', name: 'Team', owner: 'ann', shared: true, editable: false }),
    ];
    let attempts = 0;
    const { requests } = mockApi({
      'GET /api/templates': () => json(templates),
      'POST /api/templates': () => {
        attempts++;
        if (attempts === 1) {
          return problem({
            title: 'Bad Request',
            status: 400,
            errors: [
              {
                row: null,
                field: 'settings.outline',
                message: 'line 1: unknown placeholder {city}',
              },
            ],
          });
        }
        const created = makeTemplate({ id: 't-3', name: 'Reviews' });
        templates = [...templates, created];
        return json(created, 201);
      },
    });
    const { user } = renderApp('/templates');
    const rows = await screen.findAllByTestId('template-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]).getByText('shared')).toBeInTheDocument();
    // another user's shared template is not editable here
    expect(within(rows[1]).queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'New template' }));
    const form = screen.getByRole('form', { name: 'New template' });
    await user.type(within(form).getByLabelText('Name'), 'Reviews');
    await user.type(within(form).getByLabelText('Outline template'), 'Best in {{city}');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await within(form).findByText('line 1: unknown placeholder {city}')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('Outline template'));
    await user.type(within(form).getByLabelText('Outline template'), 'Intro{Enter}Verdict');
    await user.type(within(form).getByLabelText('Required phrases'), 'free shipping');
    await user.click(within(form).getByLabelText(/Shared with everyone/));
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved template "Reviews".')).toBeInTheDocument();
    const body = sent(requests('POST /api/templates')[1]);
    expect(body).toMatchObject({
      name: 'Reviews',
      shared: true,
      settings: {
        outline: ['Intro', 'Verdict'],
        requiredPhrases: ['free shipping'],
        wordCount: 800,
      },
    });
    await waitFor(() => expect(screen.getAllByTestId('template-row')).toHaveLength(3));
  });

  it('edits, shares and deletes a template, keeping settings the editor does not show', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { requests } = mockApi({
      'GET /api/templates': [makeTemplate()],
      'PUT /api/templates/t-1': (request: MockRequest) =>
        json(makeTemplate({ ...sent(request), settings: makeTemplate().settings })),
      'DELETE /api/templates/t-1': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/templates');
    await screen.findByTestId('template-row');

    await user.click(screen.getByRole('button', { name: 'Edit Buying guide' }));
    const form = screen.getByRole('form', { name: 'Edit template' });
    expect(within(form).getByLabelText('Outline template')).toHaveValue(
      'What {keyword} is\nChoosing {Keyword} in {year}',
    );
    await user.clear(within(form).getByLabelText('Tone'));
    await user.type(within(form).getByLabelText('Tone'), 'casual');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved template "Buying guide".')).toBeInTheDocument();
    const edited = sent(requests('PUT /api/templates/t-1')[0]);
    expect(edited.settings).toMatchObject({ tone: 'casual', audience: 'home baristas' });

    await user.click(screen.getByRole('button', { name: 'Share Buying guide' }));
    await waitFor(() => expect(requests('PUT /api/templates/t-1')).toHaveLength(2));
    expect(sent(requests('PUT /api/templates/t-1')[1]).shared).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Delete Buying guide' }));
    expect(await screen.findByText('Deleted template "Buying guide".')).toBeInTheDocument();
  });

  it('says why when the templates cannot be loaded, and cancels an edit', async () => {
    mockApi({
      'GET /api/templates': () => problem({ title: 'Oops', status: 500, detail: 'Database down' }),
    });
    const { user } = renderApp('/templates');
    expect(await screen.findByText('Could not load the templates')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
  });
});
