/** Search box with debounced suggestions (ARIA combobox). Aliases are matched by the server. */
import { isAbort, type GraphQLClient } from './api';
import { clear, h } from './dom';
import { matchingAlias } from './format';
import { kindGlyph } from './legend';
import { KIND_STYLE } from './graph/palette';
import type { ActorSummary } from './model';
import { SEARCH_QUERY } from './queries';

export const SEARCH_DEBOUNCE_MS = 180;

export interface SearchOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  client: GraphQLClient;
  onSelect(actor: ActorSummary): void;
  onError(err: unknown): void;
}

export class SearchBox {
  private results: ActorSummary[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  /** The search currently in flight (or finished) for the text in the box. */
  private pending: Promise<ActorSummary[]> | null = null;
  private pendingText = '';

  constructor(private readonly o: SearchOptions) {
    const { input, list } = o;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('focus', () => {
      if (this.results.length > 0 && input.value.trim() !== '') this.open();
    });
    input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const text = this.o.input.value.trim();
    if (text === '') {
      this.controller?.abort();
      this.pending = null;
      this.render([], '');
      return;
    }
    this.timer = setTimeout(() => void this.run(text).catch(() => undefined), SEARCH_DEBOUNCE_MS);
  }

  /** Runs (or reuses) the search for `text` and renders the suggestions. */
  private run(text: string): Promise<ActorSummary[]> {
    if (this.pending !== null && this.pendingText === text) return this.pending;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.pendingText = text;
    this.o.input.setAttribute('aria-busy', 'true');
    const p = this.o.client
      .request<{ search: ActorSummary[] }>(SEARCH_QUERY, { text, first: 8 }, controller.signal)
      .then((data) => {
        if (this.controller === controller) {
          this.render(data.search, text);
          this.o.input.removeAttribute('aria-busy');
        }
        return data.search;
      })
      .catch((err: unknown) => {
        if (this.controller === controller) this.o.input.removeAttribute('aria-busy');
        if (!isAbort(err)) {
          if (this.pending === p) this.pending = null;
          this.o.onError(err);
        }
        throw err;
      });
    this.pending = p;
    return p;
  }

  private render(results: ActorSummary[], text: string): void {
    this.results = results;
    this.active = results.length > 0 ? 0 : -1;
    const { list, status } = this.o;
    clear(list);
    if (text === '') {
      status.textContent = '';
      this.close();
      return;
    }
    if (results.length === 0) {
      list.append(
        h(
          'li',
          { className: 'suggestion-empty', role: 'presentation' },
          `No actor matches “${text}”`,
        ),
      );
      status.textContent = 'No matches';
    } else {
      status.textContent = `${results.length} suggestion${results.length === 1 ? '' : 's'}; use arrow keys and Enter to choose`;
    }
    results.forEach((a, i) => {
      const alias = matchingAlias(text, a.name, a.aliases);
      const li = h(
        'li',
        {
          id: `suggestion-${i}`,
          role: 'option',
          className: 'suggestion',
          'data-testid': 'suggestion',
          'data-actor-id': a.id,
          'aria-selected': i === this.active ? 'true' : 'false',
        },
        kindGlyph(a.kind, 16),
        h(
          'span',
          { className: 'suggestion-text' },
          h('span', { className: 'suggestion-name' }, a.name),
          alias !== null ? h('span', { className: 'suggestion-alias' }, `aka ${alias}`) : null,
        ),
        h(
          'span',
          { className: 'suggestion-kind' },
          a.role !== null && a.role !== undefined && a.role !== ''
            ? a.role
            : KIND_STYLE[a.kind].label,
        ),
      );
      li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
      li.addEventListener('click', () => this.choose(i));
      li.addEventListener('mousemove', () => this.setActive(i));
      list.append(li);
    });
    this.open();
    this.syncActive();
  }

  private onKey(e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.isOpen() && this.results.length > 0) this.open();
        this.setActive(Math.min(this.results.length - 1, this.active + 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.setActive(Math.max(0, this.active - 1));
        break;
      case 'Enter':
        e.preventDefault();
        void this.enter();
        break;
      case 'Escape':
        if (this.isOpen()) {
          e.preventDefault();
          this.close();
        } else this.o.input.value = '';
        break;
      default:
    }
  }

  /** Enter picks the highlighted suggestion; typed-ahead text is searched right away. */
  private async enter(): Promise<void> {
    const text = this.o.input.value.trim();
    if (text === '') return;
    if (this.pendingText !== text || this.pending === null) {
      clearTimeout(this.timer);
      try {
        await this.run(text);
      } catch {
        return;
      }
    } else {
      try {
        await this.pending;
      } catch {
        return;
      }
    }
    if (this.o.input.value.trim() !== text) return; // the user kept typing
    this.choose(this.active >= 0 ? this.active : 0);
  }

  private choose(i: number): void {
    const actor = this.results[i];
    if (actor === undefined) return;
    this.o.input.value = actor.name;
    this.pendingText = actor.name;
    this.pending = Promise.resolve(this.results);
    this.close();
    this.o.onSelect(actor);
  }

  private setActive(i: number): void {
    this.active = i;
    this.syncActive();
  }

  private syncActive(): void {
    const items = this.o.list.querySelectorAll<HTMLElement>('[role="option"]');
    items.forEach((el, i) =>
      el.setAttribute('aria-selected', i === this.active ? 'true' : 'false'),
    );
    const current = items[this.active];
    if (current !== undefined) {
      this.o.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.o.input.removeAttribute('aria-activedescendant');
  }

  private isOpen(): boolean {
    return !this.o.list.hidden;
  }

  private open(): void {
    this.o.list.hidden = false;
    this.o.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.o.list.hidden = true;
    this.o.input.setAttribute('aria-expanded', 'false');
    this.o.input.removeAttribute('aria-activedescendant');
  }

  focus(): void {
    this.o.input.focus();
    this.o.input.select();
  }
}
