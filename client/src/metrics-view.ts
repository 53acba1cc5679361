/** The Metrics popover (size by a metric, colour by community, scope) and its legend card. */
import { h } from './dom';
import { formatNumber } from './format';
import { METRIC_LABEL, formatMetric, type CommunityColor } from './metrics';
import { METRICS, type MetricName } from './state/view-state';

export interface MetricsChoice {
  metric: MetricName | null;
  communities: boolean;
  scope: 'view' | 'graph';
}

export class MetricsView {
  private value: MetricsChoice = { metric: null, communities: false, scope: 'view' };
  private graphScopeAllowed = true;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (c: MetricsChoice) => void,
  ) {
    this.render();
  }

  set(c: MetricsChoice, graphScopeAllowed: boolean): void {
    this.value = c;
    this.graphScopeAllowed = graphScopeAllowed;
    this.render();
  }

  private update(c: MetricsChoice): void {
    this.value = c;
    this.render();
    this.onChange(c);
  }

  private render(): void {
    const c = this.value;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    const radio = (
      name: string,
      id: string,
      label: string,
      checked: boolean,
      on: () => void,
      disabled = false,
      title?: string,
    ) =>
      h(
        'label',
        { className: `check${disabled ? ' check-disabled' : ''}`, for: id, title },
        h('input', { type: 'radio', name, id, checked, disabled, onchange: on }),
        h('span', {}, label),
      );
    this.root.replaceChildren(
      h(
        'fieldset',
        { className: 'filter-group' },
        h('legend', {}, 'Size actors by'),
        h(
          'div',
          { className: 'check-stack' },
          radio('metric', 'metric-none', 'Actor kind (no metric)', c.metric === null, () =>
            this.update({ ...c, metric: null }),
          ),
          METRICS.map((m) =>
            radio('metric', `metric-${m.toLowerCase()}`, METRIC_LABEL[m], c.metric === m, () =>
              this.update({ ...c, metric: m }),
            ),
          ),
        ),
      ),
      h(
        'fieldset',
        { className: 'filter-group' },
        h('legend', {}, 'Colour'),
        h(
          'label',
          { className: 'check', for: 'metric-communities' },
          h('input', {
            type: 'checkbox',
            id: 'metric-communities',
            checked: c.communities,
            onchange: (e: Event) =>
              this.update({ ...c, communities: (e.target as HTMLInputElement).checked }),
          }),
          h('span', {}, 'Colour actors by Louvain community'),
        ),
      ),
      h(
        'fieldset',
        { className: 'filter-group' },
        h('legend', {}, 'Computed over'),
        h(
          'div',
          { className: 'check-stack' },
          radio('metric-scope', 'metric-scope-view', 'The actors in view', c.scope === 'view', () =>
            this.update({ ...c, scope: 'view' }),
          ),
          radio(
            'metric-scope',
            'metric-scope-graph',
            'The whole graph',
            c.scope === 'graph',
            () => this.update({ ...c, scope: 'graph' }),
            !this.graphScopeAllowed,
            this.graphScopeAllowed
              ? undefined
              : 'The dataset is too large for whole-graph metrics in the browser; use the view',
          ),
        ),
        h(
          'p',
          { className: 'muted small filter-note' },
          'Metrics follow the filters and time window. Whole-graph betweenness is sampled on graphs over 5,000 actors.',
        ),
      ),
    );
    if (focused !== '') document.getElementById(focused)?.focus();
  }
}

export interface MetricsLegendInfo {
  metric: MetricName | null;
  range: { min: number; max: number } | null;
  communities: CommunityColor[] | null;
  scope: 'view' | 'graph';
  modularity: number | null;
  sampled: boolean;
}

/** The floating card explaining metric sizes and community colours (hidden when unused). */
export const renderMetricsLegend = (root: HTMLElement, info: MetricsLegendInfo | null): void => {
  if (info === null || (info.metric === null && info.communities === null)) {
    root.hidden = true;
    root.replaceChildren();
    return;
  }
  root.hidden = false;
  const scope = info.scope === 'graph' ? 'whole graph' : 'this view';
  const parts: Node[] = [];
  if (info.metric !== null) {
    parts.push(
      h(
        'div',
        { className: 'ml-section' },
        h('h3', { className: 'legend-title' }, `Size · ${METRIC_LABEL[info.metric]}`),
        h(
          'div',
          { className: 'ml-sizes' },
          h('span', { className: 'ml-dot ml-dot-small', 'aria-hidden': 'true' }),
          h('span', {}, info.range === null ? '—' : formatMetric(info.metric, info.range.min)),
          h('span', { className: 'ml-dot ml-dot-large', 'aria-hidden': 'true' }),
          h('span', {}, info.range === null ? '—' : formatMetric(info.metric, info.range.max)),
        ),
        h(
          'p',
          { className: 'muted small' },
          `Over ${scope}${info.metric === 'betweenness' && info.sampled ? ' (sampled estimate)' : ''}; area grows with the value.`,
        ),
      ),
    );
  }
  if (info.communities !== null) {
    const shown = info.communities.slice(0, 12);
    const rest = info.communities.slice(12);
    parts.push(
      h(
        'div',
        { className: 'ml-section' },
        h(
          'h3',
          { className: 'legend-title' },
          `Communities (Louvain) · ${info.communities.length}`,
        ),
        h(
          'ul',
          { className: 'legend-list ml-communities', 'data-testid': 'community-legend' },
          shown.map((c) =>
            h(
              'li',
              { 'data-community': c.id },
              h('span', { className: 'swatch', style: `background:${c.color}` }),
              h('span', {}, `Community ${c.id + 1}`),
              h(
                'span',
                { className: 'muted' },
                info.scope === 'graph'
                  ? `${formatNumber(c.inView)} in view · ${formatNumber(c.size)} in all`
                  : `${formatNumber(c.size)} actors`,
              ),
            ),
          ),
          rest.length > 0
            ? h(
                'li',
                {},
                h('span', { className: 'swatch', style: 'background:#a3a9b3' }),
                h(
                  'span',
                  {},
                  `${rest.length} smaller communities (${formatNumber(rest.reduce((s, c) => s + c.inView, 0))} actors)`,
                ),
              )
            : null,
        ),
        info.modularity !== null
          ? h(
              'p',
              { className: 'muted small' },
              `Modularity ${info.modularity.toFixed(2)} over ${scope}.`,
            )
          : null,
      ),
    );
  }
  root.replaceChildren(...parts);
};
