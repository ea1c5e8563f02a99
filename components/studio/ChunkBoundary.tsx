import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Shows `fallback` instead of a part whose code chunk could not be read (an update replaced the
 * extension's files while the studio was open), so that part alone is missing, not the page:
 * without a boundary, React unmounts the whole studio. A class, as React's error boundaries are.
 */
export class ChunkBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
