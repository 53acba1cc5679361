/** The filter popover: checkbox groups for relationship types and claim statuses. */
import { PREDICATES, PREDICATE_INFO, type Predicate } from '../../server/src/domain/predicates';
import { CLAIM_STATUSES, DRAWN_STATUSES, type ClaimStatus } from '../../server/src/domain/status';
import { h } from './dom';
import {
  CLAIM_ORIGINS,
  defaultFilters,
  isDefaultFilters,
  setAllPredicates,
  setOrigin,
  setPredicate,
  setStatus,
  type FilterState,
} from './filters';
import type { ClaimOrigin } from './model';

const ORIGIN_LABEL: Readonly<Record<ClaimOrigin, { label: string; title: string }>> = {
  CURATED: { label: 'Curated', title: 'Claims written by analysts from the sources' },
  EXTRACTED: {
    label: 'Machine-extracted',
    title: 'Claims extracted automatically from source texts, with their evidence sentence',
  },
  IMPORTED: { label: 'Imported', title: 'Claims imported from event data (GDELT / ICEWS)' },
};
import { STATUS_STYLE, predicateLabel } from './graph/palette';
import { predicateGlyph } from './legend';

export class FiltersView {
  private state: FilterState = defaultFilters();

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (f: FilterState) => void,
  ) {
    this.render();
  }

  get value(): FilterState {
    return this.state;
  }

  set(f: FilterState): void {
    this.state = f;
    this.render();
  }

  private update(f: FilterState): void {
    this.state = f;
    this.render();
    this.onChange(f);
  }

  private render(): void {
    const f = this.state;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    const predicateBox = (p: Predicate) => {
      const id = `filter-predicate-${p.toLowerCase()}`;
      return h(
        'label',
        {
          className: 'check',
          for: id,
          title: `${PREDICATE_INFO[p].description}${PREDICATE_INFO[p].cameo.length > 0 ? ` (CAMEO ${PREDICATE_INFO[p].cameo.join(', ')})` : ''}`,
        },
        h('input', {
          type: 'checkbox',
          id,
          name: 'predicate',
          value: p,
          checked: f.predicates.has(p),
          onchange: (e: Event) =>
            this.update(setPredicate(this.state, p, (e.target as HTMLInputElement).checked)),
        }),
        predicateGlyph(p, 24),
        h('span', {}, predicateLabel(p)),
      );
    };
    const statusBox = (s: ClaimStatus) => {
      const id = `filter-status-${s.toLowerCase()}`;
      const st = STATUS_STYLE[s];
      return h(
        'label',
        { className: 'check', for: id, title: st.description },
        h('input', {
          type: 'checkbox',
          id,
          name: 'status',
          value: s,
          checked: f.statuses.has(s),
          onchange: (e: Event) =>
            this.update(setStatus(this.state, s, (e.target as HTMLInputElement).checked)),
        }),
        h('span', { className: 'dot', style: `background:${st.color}` }),
        h('span', {}, st.label),
        DRAWN_STATUSES.includes(s)
          ? null
          : h('span', { className: 'muted small', 'aria-hidden': 'true' }, '*'),
      );
    };
    const originBox = (o: ClaimOrigin) => {
      const id = `filter-origin-${o.toLowerCase()}`;
      return h(
        'label',
        { className: 'check', for: id, title: ORIGIN_LABEL[o].title },
        h('input', {
          type: 'checkbox',
          id,
          name: 'origin',
          value: o,
          checked: f.origins.has(o),
          onchange: (e: Event) =>
            this.update(setOrigin(this.state, o, (e.target as HTMLInputElement).checked)),
        }),
        h('span', {}, ORIGIN_LABEL[o].label),
      );
    };
    this.root.replaceChildren(
      h(
        'fieldset',
        { className: 'filter-group' },
        h('legend', {}, 'Relationship types'),
        h(
          'div',
          { className: 'filter-actions' },
          h(
            'button',
            {
              type: 'button',
              className: 'btn btn-small',
              id: 'filter-all',
              onclick: () => this.update(setAllPredicates(this.state, true)),
            },
            'All',
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'btn btn-small',
              id: 'filter-none',
              onclick: () => this.update(setAllPredicates(this.state, false)),
            },
            'None',
          ),
        ),
        h('div', { className: 'check-grid' }, PREDICATES.map(predicateBox)),
      ),
      h(
        'fieldset',
        { className: 'filter-group' },
        h('legend', {}, 'Claim status'),
        h('div', { className: 'check-list' }, CLAIM_STATUSES.map(statusBox)),
        h(
          'p',
          { className: 'muted small filter-note' },
          '* Hypothetical and negated claims are kept but not drawn by default. Dashed lines are contested (alleged or denied); dotted, faded lines are denied only.',
        ),
      ),
      h(
        'fieldset',
        { className: 'filter-group' },
        h('legend', {}, 'Claim origin'),
        h(
          'div',
          { className: 'filter-actions', role: 'group', 'aria-label': 'Origin presets' },
          (
            [
              ['curated', 'Curated only', ['CURATED']],
              ['extracted', 'Extracted only', ['EXTRACTED']],
              ['all', 'Both', CLAIM_ORIGINS],
            ] as const
          ).map(([key, label, origins]) =>
            h(
              'button',
              {
                type: 'button',
                className: 'btn btn-small',
                id: `filter-origin-${key}`,
                'aria-pressed':
                  f.origins.size === origins.length && origins.every((o) => f.origins.has(o))
                    ? 'true'
                    : 'false',
                onclick: () => this.update({ ...this.state, origins: new Set(origins) }),
              },
              label,
            ),
          ),
        ),
        h('div', { className: 'check-list' }, CLAIM_ORIGINS.map(originBox)),
      ),
      h(
        'div',
        { className: 'filter-footer' },
        h(
          'button',
          {
            type: 'button',
            className: 'btn btn-small',
            id: 'filter-reset',
            disabled: isDefaultFilters(f),
            onclick: () => this.update(defaultFilters()),
          },
          'Reset filters',
        ),
      ),
    );
    if (focused !== '') document.getElementById(focused)?.focus();
  }
}
