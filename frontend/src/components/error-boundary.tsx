import { Button } from '@mantine/core';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { i18n } from '@/lib/i18n';
import { MessagePage } from './message-page';

interface Props {
  children: ReactNode;
  /** When this changes (for example the route), a crashed subtree gets another chance. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey?: string;
}

/** Catches render errors so one broken screen does not blank the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) {
      return { error: null, resetKey: props.resetKey };
    }
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled render error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <MessagePage
          title={i18n.t('errors.somethingWrong')}
          message={i18n.t('errors.crashText')}
          action={
            <Button onClick={() => window.location.reload()} variant="light">
              {i18n.t('errors.reload')}
            </Button>
          }
        />
      );
    }
    return this.props.children;
  }
}
