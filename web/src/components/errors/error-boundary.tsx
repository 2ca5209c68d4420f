import { Component, type ErrorInfo, type ReactNode } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';

type Props = { children: ReactNode };
type State = { error: unknown };

/** Last line of defence: shows the error instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled error in the UI', error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div className="page">
          <ErrorMessage
            title="Something went wrong"
            error={this.state.error}
            onRetry={() => window.location.reload()}
          />
        </div>
      );
    }
    return this.props.children;
  }
}
