import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { currentToasts, dismissToast } from '@/lib/toasts';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { WebhookDelivery, WebhookEndpoint } from '@/types/api';

import { resetWebhookNotices } from '../webhook-notice';

const TYPES = ['batch.completed', 'batch.paused', 'export.ready', 'article.published'];

const endpoint = (id: string, change: Partial<WebhookEndpoint> = {}): WebhookEndpoint => ({
  id,
  owner: 'admin',
  url: `https://hooks.example.com/${id}`,
  description: '',
  eventTypes: ['batch.completed'],
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  consecutiveFailures: 0,
  createdAt: '2026-12-03T10:00:00Z',
  updatedAt: '2026-12-03T10:00:00Z',
  ...change,
});

const delivery = (change: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: 'd-1',
  webhookId: 'msg_d1',
  eventType: 'webhook.test',
  status: 'SUCCEEDED',
  attempts: 2,
  nextAttemptAt: '2026-12-03T10:00:00Z',
  lastStatusCode: 200,
  lastError: null,
  createdAt: '2026-12-03T10:00:00Z',
  finishedAt: '2026-12-03T10:00:05Z',
  log: [
    {
      attempt: 1,
      at: '2026-12-03T10:00:00Z',
      statusCode: 503,
      durationMs: 40,
      error: null,
      responseExcerpt: 'busy',
    },
    {
      attempt: 2,
      at: '2026-12-03T10:00:05Z',
      statusCode: 200,
      durationMs: 1500,
      error: null,
      responseExcerpt: null,
    },
  ],
  ...change,
});

const body = (request: { init?: RequestInit }) => JSON.parse(String(request.init?.body)) as unknown;

beforeEach(() => {
  resetWebhookNotices();
  currentToasts().forEach((toast) => dismissToast(toast.id));
});

describe('Webhooks page', () => {
  it('registers an endpoint and shows its secret once', async () => {
    let list: WebhookEndpoint[] = [];
    const { requests } = mockApi({
      'GET /api/webhooks': () => json(list),
      'GET /api/webhooks/event-types': TYPES,
      'POST /api/webhooks': () => {
        list = [endpoint('w-1', { eventTypes: ['batch.completed', 'export.ready'] })];
        return json({ webhook: list[0], secret: 'whsec_c2VjcmV0' }, 201);
      },
    });
    const { user } = renderApp('/webhooks');
    expect(await screen.findByText('No endpoints yet.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Webhooks' })).toHaveClass('nav-link--active');

    const form = screen.getByRole('region', { name: 'New endpoint' });
    await user.type(within(form).getByLabelText('Endpoint URL'), 'https://hooks.example.com/w-1');
    await user.type(within(form).getByLabelText('Description'), 'CMS');
    await user.click(await within(form).findByLabelText('batch.completed'));
    await user.click(within(form).getByLabelText('export.ready'));
    await user.click(within(form).getByLabelText('batch.paused'));
    await user.click(within(form).getByLabelText('batch.paused'));
    await user.click(within(form).getByRole('button', { name: 'Create endpoint' }));

    const panel = await screen.findByRole('region', { name: 'Signing secret' });
    expect(within(panel).getByLabelText('Signing secret')).toHaveValue('whsec_c2VjcmV0');
    expect(within(panel).getByText(/it is not shown again/)).toBeVisible();
    expect(body(requests('POST /api/webhooks')[0])).toEqual({
      url: 'https://hooks.example.com/w-1',
      description: 'CMS',
      eventTypes: ['batch.completed', 'export.ready'],
      enabled: true,
    });
    expect(await screen.findAllByTestId('webhook-row')).toHaveLength(1);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('whsec_c2VjcmV0');
    expect(await within(panel).findByRole('button', { name: 'Copied' })).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Signing secret' })).toBeNull();
  }, 15_000);

  it('shows why a registration was refused', async () => {
    mockApi({
      'GET /api/webhooks': [],
      'GET /api/webhooks/event-types': TYPES,
      'POST /api/webhooks': () =>
        problem({
          title: 'Bad Request',
          status: 400,
          detail: 'The webhook cannot be saved as it is',
          errors: [
            {
              row: null,
              field: 'url',
              message: '127.0.0.1 is a loopback, private, link-local address',
            },
          ],
        }),
    });
    const { user } = renderApp('/webhooks');
    const form = await screen.findByRole('region', { name: 'New endpoint' });
    await user.type(within(form).getByLabelText('Endpoint URL'), 'http://127.0.0.1/x');
    await user.click(await within(form).findByLabelText('batch.completed'));
    await user.click(within(form).getByRole('button', { name: 'Create endpoint' }));
    expect(await screen.findByText(/is a loopback, private, link-local address/)).toBeVisible();
  });

  it('calls out an automatically disabled endpoint and enables it again', async () => {
    let disabled = endpoint('w-2', {
      enabled: false,
      disabledReason: 'Disabled automatically: every delivery attempt failed for 24 h.',
      consecutiveFailures: 12,
    });
    const { requests } = mockApi({
      'GET /api/webhooks': () => json([disabled]),
      'GET /api/webhooks/event-types': TYPES,
      'PUT /api/webhooks/w-2': () => {
        disabled = endpoint('w-2');
        return json(disabled);
      },
    });
    const { user } = renderApp('/webhooks');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('https://hooks.example.com/w-2 was disabled');
    expect(alert).toHaveTextContent('every delivery attempt failed for 24 h');
    expect(screen.getByText('Disabled automatically')).toBeVisible();
    // the notice also comes as a toast, on any page
    expect(await screen.findByText(/was disabled after failing persistently/)).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Send test https://hooks.example.com/w-2' }),
    ).toBeDisabled();

    await user.click(within(alert).getByRole('button', { name: /Enable again/ }));
    await waitFor(() => expect(screen.queryByText(/was disabled$/)).toBeNull());
    expect(body(requests('PUT /api/webhooks/w-2')[0])).toMatchObject({ enabled: true });
    expect(await screen.findByText('Enabled')).toBeVisible();
  });

  it('edits, disables, tests, rotates and deletes an endpoint', async () => {
    let list = [endpoint('w-3', { description: 'Slack', consecutiveFailures: 2 })];
    const { requests } = mockApi({
      'GET /api/webhooks': () => json(list),
      'GET /api/webhooks/event-types': TYPES,
      'PUT /api/webhooks/w-3': (request) => {
        list = [{ ...list[0], ...(body(request) as Partial<WebhookEndpoint>) }];
        return json(list[0]);
      },
      'POST /api/webhooks/w-3/test': () => json({ deliveryId: 'd-9' }, 202),
      'POST /api/webhooks/w-3/rotate-secret': () =>
        json({ webhook: list[0], secret: 'whsec_bmV3' }),
      'DELETE /api/webhooks/w-3': () => {
        list = [];
        return new Response(null, { status: 204 });
      },
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderApp('/webhooks');
    const url = 'https://hooks.example.com/w-3';
    expect(await screen.findByText('2 failed attempts in a row')).toBeVisible();

    await user.click(screen.getByRole('button', { name: `Edit ${url}` }));
    const edit = screen.getByRole('region', { name: 'Edit endpoint' });
    expect(within(edit).getByLabelText('Endpoint URL')).toHaveValue(url);
    await user.click(within(edit).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: `Edit ${url}` }));
    const again = screen.getByRole('region', { name: 'Edit endpoint' });
    await user.clear(within(again).getByLabelText('Description'));
    await user.type(within(again).getByLabelText('Description'), 'Teams');
    await user.click(await within(again).findByLabelText('article.published'));
    await user.click(within(again).getByRole('button', { name: 'Save endpoint' }));
    expect(await screen.findByRole('region', { name: 'New endpoint' })).toBeVisible();
    expect(body(requests('PUT /api/webhooks/w-3')[0])).toEqual({
      url,
      description: 'Teams',
      eventTypes: ['batch.completed', 'article.published'],
      enabled: true,
    });

    await user.click(screen.getByRole('button', { name: `Send test ${url}` }));
    expect(await screen.findByText(/Test event queued for/)).toBeVisible();
    expect(requests('POST /api/webhooks/w-3/test')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: `Disable ${url}` }));
    expect(await screen.findByRole('button', { name: `Enable ${url}` })).toBeVisible();
    expect(body(requests('PUT /api/webhooks/w-3')[1])).toMatchObject({ enabled: false });

    confirm.mockReturnValueOnce(false);
    await user.click(screen.getByRole('button', { name: `Rotate secret ${url}` }));
    expect(requests('POST /api/webhooks/w-3/rotate-secret')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: `Rotate secret ${url}` }));
    const panel = await screen.findByRole('region', { name: 'Signing secret' });
    expect(within(panel).getByLabelText('Signing secret')).toHaveValue('whsec_bmV3');

    await user.click(screen.getByRole('button', { name: `Delete ${url}` }));
    expect(await screen.findByText('No endpoints yet.')).toBeVisible();
    expect(requests('DELETE /api/webhooks/w-3')).toHaveLength(1);
  }, 20_000);

  it('shows the delivery log with every attempt and its response code', async () => {
    mockApi({
      'GET /api/webhooks': [endpoint('w-4')],
      'GET /api/webhooks/event-types': TYPES,
      'GET /api/webhooks/w-4/deliveries': {
        content: [
          delivery(),
          delivery({
            id: 'd-2',
            webhookId: 'msg_d2',
            eventType: 'batch.completed',
            status: 'PENDING',
            attempts: 1,
            lastStatusCode: null,
            lastError: 'ConnectException: Connection refused',
            log: [
              {
                attempt: 1,
                at: '2026-12-03T10:01:00Z',
                statusCode: null,
                durationMs: 3,
                error: 'ConnectException: Connection refused',
                responseExcerpt: null,
              },
            ],
          }),
        ],
        page: 0,
        size: 20,
        totalElements: 2,
        totalPages: 1,
      },
      'GET /api/webhooks/w-5/deliveries': {
        content: [],
        page: 0,
        size: 20,
        totalElements: 0,
        totalPages: 0,
      },
    });
    const { user } = renderApp('/webhooks');
    const url = 'https://hooks.example.com/w-4';
    await user.click(await screen.findByRole('button', { name: `Delivery log ${url}` }));
    const log = await screen.findByRole('region', { name: `Delivery log of ${url}` });
    const rows = await within(log).findAllByTestId('delivery-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('webhook.test');
    expect(rows[0]).toHaveTextContent('Succeeded');
    expect(rows[0]).toHaveTextContent('200');
    expect(rows[0]).toHaveTextContent('#1');
    expect(rows[0]).toHaveTextContent('503');
    expect(rows[0]).toHaveTextContent('busy');
    expect(rows[0]).toHaveTextContent('1.5 s');
    expect(rows[1]).toHaveTextContent('Pending');
    expect(rows[1]).toHaveTextContent('no answer');
    expect(rows[1]).toHaveTextContent('Connection refused');
    await user.click(screen.getByRole('button', { name: `Delivery log ${url}` }));
    expect(screen.queryByRole('region', { name: `Delivery log of ${url}` })).toBeNull();
  });

  it('says when an endpoint has no deliveries yet', async () => {
    mockApi({
      'GET /api/webhooks': [endpoint('w-5')],
      'GET /api/webhooks/event-types': TYPES,
      'GET /api/webhooks/w-5/deliveries': {
        content: [],
        page: 0,
        size: 20,
        totalElements: 0,
        totalPages: 0,
      },
    });
    const { user } = renderApp('/webhooks');
    await user.click(
      await screen.findByRole('button', { name: 'Delivery log https://hooks.example.com/w-5' }),
    );
    expect(await screen.findByText(/Nothing sent yet/)).toBeVisible();
  });

  it('offers the way to a disabled endpoint from any page', async () => {
    mockApi({
      'GET /api/webhooks': [
        endpoint('w-6', { enabled: false, disabledReason: 'Disabled automatically: …' }),
      ],
      'GET /api/webhooks/event-types': TYPES,
    });
    const { user, router } = renderApp('/downloads');
    await user.click(await screen.findByRole('button', { name: 'Open Webhooks' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/webhooks'));
  });
});
