import { Component, type ReactNode } from 'react'

type Props = { fallback: (error: unknown, reset: () => void) => ReactNode; children: ReactNode }

/** Catches a render error (e.g. a failed suspense query) and offers a reset. */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false }

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true }
  }

  reset = () => this.setState({ error: null, failed: false })

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
