/** Dismissible notices over the graph (truncation, empty results, non-fatal errors). */
import { h } from './dom';

export type NoticeKind = 'info' | 'warning' | 'error';

export interface NoticeOptions {
  kind?: NoticeKind;
  /** Replaces an existing notice with the same key. */
  key?: string;
  action?: { label: string; run(): void };
  /** Auto-dismiss after this many ms. */
  timeout?: number;
}

export class Notices {
  private readonly byKey = new Map<string, HTMLElement>();

  constructor(private readonly root: HTMLElement) {}

  show(message: string, o: NoticeOptions = {}): void {
    const kind = o.kind ?? 'info';
    if (o.key !== undefined) this.dismiss(o.key);
    const el = h(
      'div',
      {
        className: `notice notice-${kind}`,
        role: kind === 'error' ? 'alert' : 'status',
        'data-testid': `notice-${kind}`,
      },
      h('span', { className: 'notice-icon', 'aria-hidden': 'true' }, kind === 'info' ? 'i' : '!'),
      h('span', { className: 'notice-text' }, message),
      o.action !== undefined
        ? h(
            'button',
            {
              type: 'button',
              className: 'btn btn-small',
              onclick: () => {
                remove();
                o.action?.run();
              },
            },
            o.action.label,
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          className: 'notice-close',
          'aria-label': 'Dismiss notice',
          onclick: () => remove(),
        },
        '×',
      ),
    );
    const remove = () => {
      el.remove();
      if (o.key !== undefined && this.byKey.get(o.key) === el) this.byKey.delete(o.key);
    };
    if (o.key !== undefined) this.byKey.set(o.key, el);
    this.root.append(el);
    if (o.timeout !== undefined) setTimeout(remove, o.timeout);
  }

  dismiss(key: string): void {
    this.byKey.get(key)?.remove();
    this.byKey.delete(key);
  }

  clear(): void {
    this.root.replaceChildren();
    this.byKey.clear();
  }
}
