/** The filter popover: checkbox groups for relationship types and claim statuses. */
import { PREDICATES, PREDICATE_INFO, type Predicate } from '../../server/src/domain/predicates';
import { CLAIM_STATUSES, DRAWN_STATUSES, type ClaimStatus } from '../../server/src/domain/status';
import { h } from './dom';
import {
  defaultFilters,
  isDefaultFilters,
  setAllPredicates,
  setPredicate,
  setStatus,
  type FilterState,
} from './filters';
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
