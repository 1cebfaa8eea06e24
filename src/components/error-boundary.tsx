import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show in place of the children that failed to render. */
  fallback: (error: unknown) => ReactNode;
  /** Another value (the next page's address, say) renders the children again. */
  resetKey: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  /** What the children threw, boxed: a thrown value may be anything, undefined included. */
  failure: { error: unknown } | null;
  /** The reset key the failure happened at, once React has reported it. */
  failedAt: string | null;
}

/**
 * Shows `fallback` in place of children that threw while rendering, until `resetKey` changes.
 * (React offers error boundaries only as class components.)
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failure: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: { error }, failedAt: null };
  }

  static getDerivedStateFromProps(
    { resetKey }: ErrorBoundaryProps,
    { failure, failedAt }: ErrorBoundaryState,
  ): ErrorBoundaryState | null {
    return failure && failedAt !== null && failedAt !== resetKey
      ? { failure: null, failedAt: null }
      : null;
  }

  componentDidCatch() {
    this.setState({ failedAt: this.props.resetKey });
  }

  render() {
    const { failure } = this.state;
    return failure ? this.props.fallback(failure.error) : this.props.children;
  }
}
