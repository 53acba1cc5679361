/** Full-graph overlay for loading, fatal errors and empty results. */
import { describeError } from './api';
import { h } from './dom';

export class Overlay {
  constructor(private readonly root: HTMLElement) {}

  loading(message: string): void {
    this.root.hidden = false;
    this.root.dataset.state = 'loading';
    this.root.replaceChildren(
      h(
        'div',
        { className: 'overlay-card', role: 'status' },
        h('span', { className: 'spinner spinner-lg', 'aria-hidden': 'true' }),
        h('p', {}, message),
      ),
    );
  }

  error(err: unknown, retry: () => void): void {
    const { message, code, retryable } = describeError(err);
    this.root.hidden = false;
    this.root.dataset.state = 'error';
    const button = h(
      'button',
      { type: 'button', className: 'btn btn-primary', onclick: retry },
      'Retry',
    );
    this.root.replaceChildren(
      h(
        'div',
        { className: 'overlay-card overlay-error', role: 'alert', 'data-testid': 'error' },
        h(
          'h2',
          {},
          code === 'NETWORK_ERROR' ? 'Cannot reach the server' : 'The server reported an error',
        ),
        h('p', {}, message),
        h('p', {}, h('code', { className: 'error-code' }, code)),
        retryable || code === 'NETWORK_ERROR'
          ? button
          : h('button', { type: 'button', className: 'btn', onclick: retry }, 'Try again'),
      ),
    );
    button.focus();
  }

  message(title: string, body: string, action?: { label: string; run(): void }): void {
    this.root.hidden = false;
    this.root.dataset.state = 'message';
    this.root.replaceChildren(
      h(
        'div',
        { className: 'overlay-card' },
        h('h2', {}, title),
        h('p', {}, body),
        action !== undefined
          ? h(
              'button',
              { type: 'button', className: 'btn btn-primary', onclick: () => action.run() },
              action.label,
            )
          : null,
      ),
    );
  }

  hide(): void {
    this.root.hidden = true;
    this.root.dataset.state = '';
    this.root.replaceChildren();
  }
}
