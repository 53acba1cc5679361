/** The side panel: actor details, relationship details with every claim and its source. */
import { describeError } from './api';
import { clear, h } from './dom';
import {
  formatConfidence,
  formatDate,
  formatDateRange,
  formatQuantity,
  plural,
  statusCounts,
} from './format';
import { KIND_STYLE, STATUS_STYLE, predicateColor, predicateLabel } from './graph/palette';
import { kindGlyph } from './legend';
import type {
  ActorDetail,
  ActorKind,
  ActorRef,
  ActorRelationship,
  Claim,
  ClaimStatus,
  RelationshipDetail,
} from './model';

export interface PanelActions {
  /** Select an actor (adds it to the graph if needed). */
  openActor(id: string): void;
  /** Open a relationship (selects the edge if it is drawn). */
  openRelationship(id: string): void;
  expand(id: string): void;
  focus(id: string): void;
  isInGraph(id: string): boolean;
  isAxis(id: string): boolean;
}

/** A relationship as listed in the overview (axis ties). */
export interface TieSummary {
  id: string;
  predicate: ActorRelationship['predicate'];
  source: string;
  target: string;
  directed: boolean;
  claimCount: number;
  status: ClaimStatus;
  contested: boolean;
}

export class SidePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  private show(...children: (Node | null)[]): void {
    clear(this.root);
    this.root.append(...children.filter((c): c is Node => c !== null));
    this.root.scrollTop = 0;
  }

  empty(axis: readonly ActorRef[], ties: readonly TieSummary[] = []): void {
    this.root.dataset.state = 'empty';
    this.show(
      h(
        'div',
        { className: 'panel-empty' },
        h('h2', { className: 'panel-title' }, 'Explore the axis'),
        h(
          'p',
          {},
          'Every line in the graph is backed by claims, and every claim by a source. Select an actor or a relationship to read them.',
        ),
        h(
          'ul',
          { className: 'tips' },
          h('li', {}, h('strong', {}, 'Click'), ' an actor or a line for its details and claims.'),
          h('li', {}, h('strong', {}, 'Double-click'), ' an actor to add its neighbours.'),
          h(
            'li',
            {},
            h('strong', {}, 'Search'),
            ' by name or alias — “DPRK”, “Pyongyang”, “IRGC”.',
          ),
          h('li', {}, h('strong', {}, 'Filter'), ' by relationship type and claim status.'),
        ),
        axis.length > 0 ? h('h3', { className: 'section-title' }, 'Axis states') : null,
        h(
          'div',
          { className: 'chip-row' },
          axis.map((a) =>
            h(
              'button',
              {
                type: 'button',
                className: 'chip chip-button',
                onclick: () => this.actions.openActor(a.id),
              },
              a.name,
            ),
          ),
        ),
        ties.length > 0 ? this.ties(ties) : null,
      ),
    );
  }

  private ties(ties: readonly TieSummary[]): HTMLElement {
    return h(
      'section',
      { className: 'section', 'aria-labelledby': 'ties-title' },
      h('h3', { className: 'section-title', id: 'ties-title' }, 'Ties within the axis'),
      h(
        'ul',
        { className: 'rel-list' },
        ties.map((t) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'rel-item tie-item',
                onclick: () => this.actions.openRelationship(t.id),
                'aria-label': `${t.source} ${predicateLabel(t.predicate)} ${t.target}: ${plural(t.claimCount, 'claim')}`,
              },
              h('span', {
                className: 'swatch',
                style: `background:${predicateColor(t.predicate)}`,
              }),
              h(
                'span',
                { className: 'rel-other' },
                `${t.source} `,
                h(
                  'span',
                  { className: 'tie-predicate' },
                  t.directed
                    ? `${predicateLabel(t.predicate)} →`
                    : `↔ ${predicateLabel(t.predicate)}`,
                ),
                ` ${t.target}`,
              ),
              t.contested ? h('span', { className: 'badge badge-contested' }, 'contested') : null,
              statusBadge(t.status),
              h('span', { className: 'rel-meta' }, plural(t.claimCount, 'claim')),
            ),
          ),
        ),
      ),
    );
  }

  loading(title: string): void {
    this.root.dataset.state = 'loading';
    this.root.setAttribute('aria-busy', 'true');
    this.show(
      h(
        'div',
        { className: 'panel-loading', role: 'status' },
        h('span', { className: 'spinner', 'aria-hidden': 'true' }),
        h('span', {}, `Loading ${title}…`),
      ),
      h('div', { className: 'skeleton' }, h('div'), h('div'), h('div')),
    );
  }

  error(err: unknown, retry: () => void): void {
    const { message, code } = describeError(err);
    this.root.dataset.state = 'error';
    this.root.removeAttribute('aria-busy');
    this.show(
      h(
        'div',
        { className: 'error-box', role: 'alert' },
        h('strong', {}, 'Could not load details'),
        h('p', {}, message),
        h('code', { className: 'error-code' }, code),
        h('button', { type: 'button', className: 'btn', onclick: retry }, 'Retry'),
      ),
    );
  }

  actor(a: ActorDetail): void {
    this.root.dataset.state = 'actor';
    this.root.removeAttribute('aria-busy');
    const facts: Node[] = [];
    if (a.role !== null && a.role !== undefined && a.role !== '') facts.push(fact('Role', a.role));
    if (a.affiliation !== null) facts.push(fact('Affiliation', this.actorLink(a.affiliation)));
    facts.push(fact('Relationships', plural(a.degree, 'drawn relationship')));
    const inGraph = this.actions.isInGraph(a.id);

    this.show(
      h(
        'header',
        { className: 'panel-header' },
        h(
          'div',
          { className: 'eyebrow' },
          kindBadge(a.kind),
          this.actions.isAxis(a.id)
            ? h('span', { className: 'badge badge-axis' }, 'Axis state')
            : null,
        ),
        h('h2', { className: 'panel-title', id: 'panel-title' }, a.name),
        a.aliases.length > 0
          ? h(
              'div',
              { className: 'aliases' },
              h('span', { className: 'muted' }, 'Also known as '),
              a.aliases.map((al) => h('span', { className: 'chip' }, al)),
            )
          : null,
      ),
      a.description !== null && a.description !== ''
        ? h('p', { className: 'description' }, a.description)
        : null,
      h('dl', { className: 'facts' }, facts),
      h(
        'div',
        { className: 'panel-actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'btn btn-primary',
            onclick: () => this.actions.expand(a.id),
            title: 'Add this actor’s neighbours to the graph (or double-click it)',
          },
          inGraph ? 'Expand neighbours' : 'Add to graph',
        ),
        inGraph
          ? h(
              'button',
              { type: 'button', className: 'btn', onclick: () => this.actions.focus(a.id) },
              'Centre in graph',
            )
          : null,
      ),
      this.relationships(a),
    );
  }

  private relationships(a: ActorDetail): Node {
    const section = h(
      'section',
      { className: 'section', 'aria-labelledby': 'rels-title' },
      h(
        'h3',
        { className: 'section-title', id: 'rels-title' },
        `Relationships (${a.relationships.length})`,
      ),
    );
    if (a.relationships.length === 0) {
      section.append(h('p', { className: 'muted' }, 'No relationships under the current filters.'));
      return section;
    }
    const byPredicate = new Map<string, ActorRelationship[]>();
    for (const r of a.relationships)
      byPredicate.set(r.predicate, [...(byPredicate.get(r.predicate) ?? []), r]);
    for (const [predicate, rels] of byPredicate) {
      section.append(
        h(
          'h4',
          { className: 'rel-group' },
          h('span', { className: 'swatch', style: `background:${predicateColor(predicate)}` }),
          predicateLabel(rels[0]?.predicate ?? 'SUPPLIES'),
          h('span', { className: 'muted' }, ` · ${rels.length}`),
        ),
        h(
          'ul',
          { className: 'rel-list' },
          rels.map((r) => {
            const outgoing = r.source.id === a.id;
            const other = outgoing ? r.target : r.source;
            const arrow = outgoing ? '→' : '←';
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: 'rel-item',
                  onclick: () => this.actions.openRelationship(r.id),
                  'aria-label': `${outgoing ? a.name : other.name} ${predicateLabel(r.predicate)} ${outgoing ? other.name : a.name}: ${plural(r.claimCount, 'claim')}, ${STATUS_STYLE[r.status].label}`,
                },
                h('span', { className: 'rel-arrow', 'aria-hidden': 'true' }, arrow),
                h('span', { className: 'rel-other' }, other.name),
                r.contested ? h('span', { className: 'badge badge-contested' }, 'contested') : null,
                statusBadge(r.status),
                h(
                  'span',
                  { className: 'rel-meta' },
                  `${plural(r.claimCount, 'claim')} · ${formatDateRange(r.firstDate, r.lastDate)}`,
                ),
              ),
            );
          }),
        ),
      );
    }
    return section;
  }

  relationship(r: RelationshipDetail, drawnStatuses: ReadonlySet<ClaimStatus>): void {
    this.root.dataset.state = 'relationship';
    this.root.removeAttribute('aria-busy');
    const counts = statusCounts(r.claims);
    const sources = new Set(r.claims.map((c) => c.source.id)).size;
    this.show(
      h(
        'header',
        { className: 'panel-header' },
        h(
          'div',
          { className: 'eyebrow' },
          h('span', { className: 'badge badge-plain' }, 'Relationship'),
          r.contested ? h('span', { className: 'badge badge-contested' }, 'Contested') : null,
        ),
        h(
          'h2',
          { className: 'panel-title rel-title', id: 'panel-title' },
          this.actorLink(r.source),
          h(
            'span',
            { className: 'predicate-pill', style: `--pred:${predicateColor(r.predicate)}` },
            r.directed ? `${predicateLabel(r.predicate)} →` : `↔ ${predicateLabel(r.predicate)}`,
          ),
          this.actorLink(r.target),
        ),
      ),
      h(
        'dl',
        { className: 'facts facts-grid' },
        fact('Strongest status', statusBadge(r.status)),
        fact('Period', formatDateRange(r.firstDate, r.lastDate)),
        fact('Claims', String(r.claims.length)),
        fact('Sources', String(sources)),
        fact('Max confidence', formatConfidence(r.maxConfidence)),
      ),
      statusBar(counts, r.claims.length),
      r.contested
        ? h(
            'p',
            { className: 'note note-contested' },
            'Contested: at least one claim is an allegation or a denial. Read the sources before relying on this link.',
          )
        : null,
      h(
        'section',
        { className: 'section', 'aria-labelledby': 'claims-title' },
        h(
          'h3',
          { className: 'section-title', id: 'claims-title' },
          `Claims and sources (${r.claims.length})`,
        ),
        h(
          'ol',
          { className: 'claims' },
          r.claims.map((c) => this.claim(c, r, drawnStatuses)),
        ),
      ),
    );
  }

  private claim(c: Claim, r: RelationshipDetail, drawn: ReadonlySet<ClaimStatus>): HTMLElement {
    const st = STATUS_STYLE[c.status];
    const reversed = c.subject.id !== r.source.id;
    const details: Node[] = [];
    if (c.items.length > 0)
      details.push(
        fact(
          'Items',
          h(
            'span',
            { className: 'chip-row' },
            c.items.map((i) => h('span', { className: 'chip' }, i)),
          ),
        ),
      );
    const qty = formatQuantity(c.quantity);
    if (qty !== '') details.push(fact('Quantity', qty));
    if (c.attributedTo !== null) details.push(fact('Attributed to', c.attributedTo.name));
    if (c.role !== null && c.role !== '') details.push(fact('Role', c.role));
    const src = c.source;
    const title =
      src.url !== null && src.url !== ''
        ? h(
            'a',
            {
              href: src.url,
              target: '_blank',
              rel: 'noopener noreferrer',
              className: 'source-title',
              'data-testid': 'claim-source',
            },
            src.title,
            h('span', { className: 'ext', 'aria-hidden': 'true' }, ' ↗'),
            h('span', { className: 'visually-hidden' }, ' (opens in a new tab)'),
          )
        : h('span', { className: 'source-title', 'data-testid': 'claim-source' }, src.title);
    const sourceMeta = [src.publisher, formatDate(src.publishedDate)]
      .filter((x) => x !== null && x !== '')
      .join(' · ');
    return h(
      'li',
      {
        className: `claim${drawn.has(c.status) ? '' : ' claim-undrawn'}`,
        'data-testid': 'claim',
        'data-status': c.status,
        style: `--status:${st.color};--status-bg:${st.background}`,
      },
      h(
        'div',
        { className: 'claim-head' },
        statusBadge(c.status),
        h('span', { className: 'claim-date' }, c.date !== null ? formatDate(c.date) : 'Undated'),
        h(
          'span',
          { className: 'confidence', title: 'Confidence assigned to this claim' },
          h(
            'span',
            { className: 'meter', 'aria-hidden': 'true' },
            h('span', { style: `width:${formatConfidence(c.confidence)}` }),
          ),
          `confidence ${formatConfidence(c.confidence)}`,
        ),
      ),
      reversed || !drawn.has(c.status)
        ? h(
            'p',
            { className: 'claim-flags' },
            reversed ? h('span', {}, `${c.subject.name} → ${c.object.name}`) : null,
            !drawn.has(c.status)
              ? h('span', { className: 'muted' }, 'Not drawn under the current status filter')
              : null,
          )
        : null,
      c.note !== null && c.note !== '' ? h('p', { className: 'claim-note' }, c.note) : null,
      c.evidence !== null && c.evidence !== ''
        ? h('blockquote', { className: 'evidence' }, `“${c.evidence}”`)
        : null,
      details.length > 0 ? h('dl', { className: 'facts claim-facts' }, details) : null,
      h(
        'footer',
        { className: 'claim-source' },
        h('span', { className: 'source-label' }, 'Source'),
        title,
        sourceMeta !== '' ? h('span', { className: 'source-meta' }, sourceMeta) : null,
        src.file !== null && src.file !== '' && (src.url === null || src.url === '')
          ? h('span', { className: 'source-meta' }, h('code', {}, src.file))
          : null,
        h(
          'span',
          { className: 'source-meta subtle' },
          [c.origin.toLowerCase(), c.cameo !== null && c.cameo !== '' ? `CAMEO ${c.cameo}` : null]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    );
  }

  private actorLink(a: ActorRef & { kind?: ActorKind }): HTMLElement {
    return h(
      'button',
      {
        type: 'button',
        className: 'link-button',
        onclick: () => this.actions.openActor(a.id),
        title: `Show ${a.name}`,
      },
      a.name,
    );
  }
}

const fact = (label: string, value: Node | string): HTMLElement =>
  h('div', { className: 'fact' }, h('dt', {}, label), h('dd', {}, value));

export const statusBadge = (s: ClaimStatus): HTMLElement => {
  const st = STATUS_STYLE[s];
  return h(
    'span',
    {
      className: `badge badge-status status-${s.toLowerCase()}`,
      style: `color:${st.color};background:${st.background};border-color:${st.color}40`,
      title: st.description,
    },
    st.label,
  );
};

const kindBadge = (kind: ActorKind): HTMLElement => {
  const k = KIND_STYLE[kind];
  return h('span', { className: 'badge badge-kind' }, kindGlyph(kind, 14), k.label);
};

const statusBar = (
  counts: { status: ClaimStatus; count: number }[],
  total: number,
): HTMLElement | null => {
  if (total === 0) return null;
  return h(
    'div',
    { className: 'status-breakdown' },
    h(
      'div',
      {
        className: 'status-bar',
        role: 'img',
        'aria-label': counts
          .map((c) => `${c.count} ${STATUS_STYLE[c.status].label.toLowerCase()}`)
          .join(', '),
      },
      counts.map((c) =>
        h('span', {
          style: `flex:${c.count};background:${STATUS_STYLE[c.status].color}`,
          title: `${c.count} ${STATUS_STYLE[c.status].label}`,
        }),
      ),
    ),
    h(
      'div',
      { className: 'status-bar-legend' },
      counts.map((c) =>
        h(
          'span',
          {},
          h('span', { className: 'dot', style: `background:${STATUS_STYLE[c.status].color}` }),
          `${c.count} ${STATUS_STYLE[c.status].label.toLowerCase()}`,
        ),
      ),
    ),
  );
};
