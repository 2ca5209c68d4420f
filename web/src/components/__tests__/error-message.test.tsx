import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ErrorBoundary } from '@/components/errors/error-boundary';
import { ErrorMessage } from '@/components/ui/error-message';
import { ApiError } from '@/lib/api-client';

describe('ErrorMessage', () => {
  it('lists the per-row field errors of a problem', async () => {
    const onRetry = vi.fn();
    const error = new ApiError({
      title: 'Invalid CSV',
      status: 400,
      errors: [
        { row: 3, field: 'keyword', message: 'must not be blank' },
        { row: null, field: '', message: 'file is empty' },
      ],
    });
    render(<ErrorMessage title="Upload failed" error={error} onRetry={onRetry} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Upload failed');
    expect(alert).toHaveTextContent('Invalid CSV');
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Row 3, keyword: must not be blank');
    expect(items[1]).toHaveTextContent(/^file is empty$/);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('ErrorBoundary', () => {
  it('shows the error instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('Kaboom');
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).toHaveTextContent('Kaboom');
  });

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
