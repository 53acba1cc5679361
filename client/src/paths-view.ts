/** The Paths popover: two actor search boxes (from, to) and Find. */
import type { GraphQLClient } from './api';
import { h } from './dom';
import type { ActorRef, ActorSummary } from './model';
import { SearchBox } from './search';

export interface PathsPickerHandlers {
  onFind(from: ActorRef, to: ActorRef): void;
  onClear(): void;
  onError(err: unknown): void;
}

export class PathsPicker {
  private from: ActorRef | null = null;
  private to: ActorRef | null = null;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly findButton: HTMLButtonElement;
  private readonly clearButton: HTMLButtonElement;

  constructor(
    readonly root: HTMLElement,
    client: GraphQLClient,
    private readonly handlers: PathsPickerHandlers,
  ) {
    const box = (which: 'from' | 'to', label: string, placeholder: string) => {
      const input = h('input', {
        id: `path-${which}`,
        type: 'search',
        className: 'path-input',
        placeholder,
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-label': label,
        'data-testid': `path-${which}`,
      });
      const list = h('ul', {
        id: `path-${which}-suggestions`,
        className: 'suggestions path-suggestions',
        'aria-label': `${label} suggestions`,
        hidden: true,
      });
      const status = h('span', {
        className: 'visually-hidden',
        role: 'status',
        'aria-live': 'polite',
      });
      new SearchBox({
        input,
        list,
        status,
        client,
        onSelect: (a: ActorSummary) => {
          if (which === 'from') this.from = { id: a.id, name: a.name };
          else this.to = { id: a.id, name: a.name };
          this.sync();
          if (which === 'from' && this.to === null) this.toInput.focus();
          else this.findButton.focus();
        },
        onError: (e) => handlers.onError(e),
      });
      input.addEventListener('input', () => {
        const chosen = which === 'from' ? this.from : this.to;
        if (chosen !== null && input.value !== chosen.name) {
          if (which === 'from') this.from = null;
          else this.to = null;
          this.sync();
        }
      });
      return {
        input,
        el: h(
          'div',
          { className: 'path-field' },
          h('label', { for: input.id, className: 'path-label' }, which === 'from' ? 'From' : 'To'),
          h('div', { className: 'search path-search' }, input, list, status),
        ),
      };
    };
    const from = box('from', 'Path start actor', 'e.g. Iran');
    const to = box('to', 'Path end actor', 'e.g. Ukraine');
    this.fromInput = from.input;
    this.toInput = to.input;
    this.findButton = h(
      'button',
      {
        type: 'button',
        className: 'btn btn-primary',
        id: 'path-find',
        'data-testid': 'path-find',
        onclick: () => this.find(),
      },
      'Find paths',
    );
    this.clearButton = h(
      'button',
      {
        type: 'button',
        className: 'btn',
        id: 'path-clear',
        onclick: () => this.handlers.onClear(),
      },
      'Clear paths',
    );
    root.replaceChildren(
      h('h2', { className: 'popover-title' }, 'Paths between two actors'),
      from.el,
      h(
        'button',
        {
          type: 'button',
          className: 'btn btn-small path-swap',
          'aria-label': 'Swap start and end',
          title: 'Swap',
          onclick: () => {
            [this.from, this.to] = [this.to, this.from];
            this.fromInput.value = this.from?.name ?? '';
            this.toInput.value = this.to?.name ?? '';
            this.sync();
          },
        },
        '⇅ Swap',
      ),
      to.el,
      h(
        'p',
        { className: 'muted small filter-note' },
        'Up to 10 paths of at most 4 hops, shortest first, over the whole graph with the current filters and time window. Direction is ignored.',
      ),
      h('div', { className: 'filter-footer path-actions' }, this.clearButton, this.findButton),
    );
    this.sync();
  }

  /** Prefills one end (from the actor panel) and focuses the other. */
  setEnd(which: 'from' | 'to', actor: ActorRef): void {
    if (which === 'from') {
      this.from = actor;
      this.fromInput.value = actor.name;
    } else {
      this.to = actor;
      this.toInput.value = actor.name;
    }
    this.sync();
    if (this.from !== null && this.to !== null) this.findButton.focus();
    else (which === 'from' ? this.toInput : this.fromInput).focus();
  }

  /** Shows the endpoints of the current view's paths. */
  set(from: ActorRef | null, to: ActorRef | null, active: boolean): void {
    this.from = from;
    this.to = to;
    this.fromInput.value = from?.name ?? '';
    this.toInput.value = to?.name ?? '';
    this.clearButton.disabled = !active;
    this.sync();
  }

  focus(): void {
    (this.from === null
      ? this.fromInput
      : this.to === null
        ? this.toInput
        : this.findButton
    ).focus();
  }

  get ready(): boolean {
    return this.from !== null && this.to !== null && this.from.id !== this.to.id;
  }

  private sync(): void {
    this.findButton.disabled = !this.ready;
  }

  private find(): void {
    if (this.from === null || this.to === null || !this.ready) return;
    this.handlers.onFind(this.from, this.to);
  }
}
