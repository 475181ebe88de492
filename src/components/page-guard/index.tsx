import { Component, type ComponentType, type PropsWithChildren } from 'react'
import { keepError } from '../../platform/error-log'
import { throwIfFaultRequested } from '../../platform/fault-probe'
import PageFailed from './page-failed'

interface PageGuardProps {
  title: string
}

/**
 * A page's error boundary: a render error anywhere in the page shows its error screen (PageFailed)
 * instead of a blank page, and is kept on the phone (platform/error-log.ts).
 */
class PageGuard extends Component<PropsWithChildren<PageGuardProps>, { failed: boolean }> {
  static getDerivedStateFromError() {
    return { failed: true }
  }

  state = { failed: false }

  componentDidCatch(error: unknown) {
    keepError(error)
  }

  render() {
    return this.state.failed ? <PageFailed title={this.props.title} /> : this.props.children
  }
}

function FaultProbe() {
  throwIfFaultRequested()
  return null
}

/** `Page` inside its error boundary: every page's default export (`title` from page-titles.ts). */
export function guardPage<P extends object>(Page: ComponentType<P>, title: string): ComponentType<P> {
  function GuardedPage(props: P) {
    return (
      <PageGuard title={title}>
        {HUAQIAO_FAULTS && <FaultProbe />}
        <Page {...props} />
      </PageGuard>
    )
  }
  return GuardedPage
}
