/** The side panel: actor details, relationship details with every claim and its source. */
import { describeError } from './api';
import { claimTimeline, disputeSides, type SourceSide } from './claims';
import { clear, h } from './dom';
import { highlightEvidence, offsetLabel } from './evidence';
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
import { pathSteps, pathTitle, type PathResult } from './paths';

export interface PanelActions {
  /** Select an actor (adds it to the graph if needed). */
  openActor(id: string): void;
  /** Open a relationship (selects the edge if it is drawn). */
  openRelationship(id: string): void;
  expand(id: string): void;
  focus(id: string): void;
  isInGraph(id: string): boolean;
  isAxis(id: string): boolean;
  hide(id: string): void;
  pathEnd(which: 'from' | 'to', actor: ActorRef): void;
  selectPath(index: number): void;
  clearPaths(): void;
}

export interface PathsPanelState {
  from: ActorRef;
  to: ActorRef;
  paths: PathResult[] | null;
  index: number;
  error?: unknown;
  /** The window the paths were searched in, for the caption. */
  caption: string;
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
        inGraph
          ? h(
              'button',
              {
                type: 'button',
                className: 'btn',
                'data-testid': 'hide-actor',
                title: 'Hide this actor from the view (H); undo with Ctrl+Z',
                onclick: () => this.actions.hide(a.id),
              },
              'Hide',
            )
          : null,
      ),
      h(
        'div',
        { className: 'panel-actions panel-actions-secondary' },
        h('span', { className: 'muted small' }, 'Paths:'),
        h(
          'button',
          {
            type: 'button',
            className: 'btn btn-small',
            'data-testid': 'path-from-here',
            onclick: () => this.actions.pathEnd('from', { id: a.id, name: a.name }),
          },
          'From here…',
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'btn btn-small',
            'data-testid': 'path-to-here',
            onclick: () => this.actions.pathEnd('to', { id: a.id, name: a.name }),
          },
          '…to here',
        ),
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
      timelineSection(r.claims),
      r.contested ? disputeSection(r.claims) : null,
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
        c.origin === 'EXTRACTED'
          ? h(
              'span',
              {
                className: 'badge badge-extracted',
                'data-testid': 'badge-extracted',
                title: 'Extracted automatically from the source text: check the evidence sentence',
              },
              'machine-extracted',
            )
          : null,
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
      c.evidence !== null && c.evidence !== '' ? evidenceQuote(c) : null,
      details.length > 0 ? h('dl', { className: 'facts claim-facts' }, details) : null,
      h(
        'footer',
        { className: 'claim-source' },
        h('span', { className: 'source-label' }, 'Source'),
        title,
        sourceMeta !== '' ? h('span', { className: 'source-meta' }, sourceMeta) : null,
        src.file !== null &&
          src.file !== '' &&
          (src.url === null || src.url === '' || c.origin === 'EXTRACTED')
          ? h(
              'span',
              { className: 'source-meta', 'data-testid': 'claim-file' },
              h('code', {}, src.file),
              c.origin === 'EXTRACTED'
                ? ` ${offsetLabel(c.evidenceStart ?? null, c.evidenceEnd ?? null)}`
                : null,
            )
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

  /** The paths between two actors, shortest first; the chosen one is highlighted in the graph. */
  paths(p: PathsPanelState): void {
    this.root.dataset.state = 'paths';
    this.root.removeAttribute('aria-busy');
    const head = h(
      'header',
      { className: 'panel-header' },
      h(
        'div',
        { className: 'eyebrow' },
        h('span', { className: 'badge badge-plain' }, 'Paths'),
        p.caption !== '' ? h('span', { className: 'muted small' }, p.caption) : null,
      ),
      h(
        'h2',
        { className: 'panel-title rel-title', id: 'panel-title' },
        this.actorLink(p.from),
        h('span', { className: 'predicate-pill path-pill' }, '⋯ to ⋯'),
        this.actorLink(p.to),
      ),
    );
    const actions = h(
      'div',
      { className: 'panel-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'btn',
          'data-testid': 'paths-clear',
          onclick: () => this.actions.clearPaths(),
        },
        'Clear paths',
      ),
    );
    if (p.error !== undefined) {
      this.show(
        head,
        h(
          'div',
          { className: 'error-box', role: 'alert' },
          h('strong', {}, 'Could not find paths'),
          h('p', {}, describeError(p.error).message),
        ),
        actions,
      );
      return;
    }
    if (p.paths === null) {
      this.show(
        head,
        h(
          'div',
          { className: 'panel-loading', role: 'status' },
          h('span', { className: 'spinner', 'aria-hidden': 'true' }),
          h('span', {}, 'Finding paths…'),
        ),
      );
      return;
    }
    if (p.paths.length === 0) {
      this.show(
        head,
        h(
          'p',
          { className: 'note', 'data-testid': 'paths-empty' },
          `No path of at most 4 hops links ${p.from.name} and ${p.to.name} under the current filters and time window.`,
        ),
        actions,
      );
      return;
    }
    const list = h(
      'ol',
      { className: 'path-list', 'data-testid': 'path-list', 'aria-label': 'Paths, shortest first' },
      p.paths.map((path, i) => {
        const steps = pathSteps(path);
        const active = i === p.index;
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: `path-item${active ? ' path-item-active' : ''}`,
              'aria-pressed': active ? 'true' : 'false',
              'aria-label': `Path ${i + 1}: ${pathTitle(path)}, ${plural(path.length, 'hop')}`,
              'data-testid': 'path-item',
              onclick: () => this.actions.selectPath(i),
            },
            h(
              'span',
              { className: 'path-head' },
              h('span', { className: 'path-num' }, String(i + 1)),
              h('span', { className: 'path-len' }, plural(path.length, 'hop')),
              h(
                'span',
                { className: 'rel-meta' },
                plural(
                  path.edges.reduce((s, e) => s + e.claimCount, 0),
                  'claim',
                ),
              ),
            ),
            h(
              'span',
              { className: 'path-steps' },
              steps.flatMap((st, j) => [
                j === 0 ? h('span', { className: 'path-node' }, st.from.name) : null,
                h(
                  'span',
                  { className: 'path-hop' },
                  st.relations.map((r) =>
                    h(
                      'span',
                      {
                        className: 'path-step',
                        style: `--pred:${predicateColor(r.predicate)}`,
                        title: `${r.forward ? st.from.name : st.to.name} ${predicateLabel(r.predicate)} ${r.forward ? st.to.name : st.from.name}: ${plural(r.claimCount, 'claim')}${r.contested ? ' (contested)' : ''}`,
                      },
                      r.directed
                        ? r.forward
                          ? `${predicateLabel(r.predicate)} →`
                          : `← ${predicateLabel(r.predicate)}`
                        : `↔ ${predicateLabel(r.predicate)}`,
                      h('span', { className: 'path-claims' }, String(r.claimCount)),
                      r.contested
                        ? h('span', { className: 'path-contested', 'aria-hidden': 'true' }, '⚑')
                        : null,
                    ),
                  ),
                ),
                h('span', { className: 'path-node' }, st.to.name),
              ]),
            ),
          ),
        );
      }),
    );
    this.show(
      head,
      h(
        'p',
        { className: 'muted small' },
        `${plural(p.paths.length, 'path')}, shortest first. Choose one to highlight it; the rest of the graph dims.`,
      ),
      list,
      actions,
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

const SVG_NS = 'http://www.w3.org/2000/svg';
const svgEl = (tag: string, attrs: Record<string, string | number>): SVGElement => {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** When each claim was made: a strip with a mark per dated claim (denials as ✕), undated apart. */
const timelineSection = (claims: readonly Claim[]): HTMLElement | null => {
  if (claims.length === 0) return null;
  const t = claimTimeline(claims);
  const W = 420;
  const rowH = 11;
  const rows = Math.max(1, ...t.marks.map((m) => m.row + 1));
  const H = 22 + rows * rowH + 16;
  const strip = svgEl('svg', {
    viewBox: `0 0 ${W} ${H}`,
    width: '100%',
    height: H,
    role: 'img',
    class: 'timeline-svg',
    'aria-label': `${t.marks.length} dated claims${t.undated.length > 0 ? `, ${t.undated.length} undated` : ''}`,
  });
  const pad = 10;
  const x = (f: number) => pad + f * (W - 2 * pad);
  const baseY = 14 + rows * rowH;
  strip.append(svgEl('line', { x1: pad, x2: W - pad, y1: baseY, y2: baseY, class: 'tl-axis' }));
  for (const tick of t.ticks) {
    strip.append(
      svgEl('line', {
        x1: x(tick.x),
        x2: x(tick.x),
        y1: baseY - 3,
        y2: baseY + 3,
        class: 'tl-tick',
      }),
    );
    const anchor = tick.x < 0.06 ? 'start' : tick.x > 0.94 ? 'end' : 'middle';
    const label = svgEl('text', {
      x: x(tick.x),
      y: baseY + 14,
      class: 'tl-label',
      'text-anchor': anchor,
    });
    label.textContent = tick.label;
    strip.append(label);
  }
  for (const m of t.marks) {
    const cx = x(m.x);
    const cy = baseY - 8 - m.row * rowH;
    const color = STATUS_STYLE[m.status].color;
    // The span of months the date may fall in ("2024" → the whole year), faint behind the mark.
    const w = Math.max(2, m.width * (W - 2 * pad));
    strip.append(
      svgEl('rect', {
        x: cx - w / 2,
        y: cy - 4,
        width: w,
        height: 8,
        rx: 3,
        fill: color,
        opacity: 0.12,
      }),
    );
    const g = svgEl('g', {
      class: m.denied ? 'tl-mark tl-denied' : 'tl-mark',
      'data-status': m.status,
    });
    const title = svgEl('title', {});
    title.textContent = `${STATUS_STYLE[m.status].label} · ${formatDate(m.date)}`;
    g.append(title);
    if (m.denied) {
      g.append(
        svgEl('path', {
          d: `M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx + 4},${cy - 4}L${cx - 4},${cy + 4}`,
          stroke: color,
          'stroke-width': 2.4,
          'stroke-linecap': 'round',
        }),
      );
    } else {
      g.append(
        svgEl('circle', { cx, cy, r: 4.2, fill: color, stroke: '#fff', 'stroke-width': 1.2 }),
      );
    }
    strip.append(g);
  }
  const undatedCounts = statusCounts(t.undated);
  return h(
    'section',
    {
      className: 'section timeline',
      'aria-labelledby': 'timeline-title',
      'data-testid': 'edge-timeline',
    },
    h('h3', { className: 'section-title', id: 'timeline-title' }, 'Timeline'),
    t.marks.length > 0
      ? strip
      : h('p', { className: 'muted small' }, 'No claim on this relationship is dated.'),
    h(
      'p',
      { className: 'timeline-key small' },
      h('span', { className: 'tl-key-dot', 'aria-hidden': 'true' }),
      ' claim  ',
      h('span', { className: 'tl-key-x', 'aria-hidden': 'true' }, '✕'),
      ' denial / negation',
      t.marks.some((m) => m.width > 0.05) ? ' · bands show the uncertainty of partial dates' : null,
    ),
    t.undated.length > 0
      ? h(
          'p',
          { className: 'timeline-undated small', 'data-testid': 'timeline-undated' },
          h('strong', {}, `Undated: ${plural(t.undated.length, 'claim')}`),
          ' — ',
          undatedCounts
            .map((c) => `${c.count} ${STATUS_STYLE[c.status].label.toLowerCase()}`)
            .join(', '),
          '. Hidden while a time window is set.',
        )
      : null,
  );
};

/** Contested relationships: who asserts or reports it, who alleges or denies it. */
const disputeSection = (claims: readonly Claim[]): HTMLElement => {
  const sides = disputeSides(claims);
  const column = (title: string, list: SourceSide[], kind: string) =>
    h(
      'div',
      { className: `dispute-col dispute-${kind}`, 'data-testid': `dispute-${kind}` },
      h(
        'h4',
        { className: 'dispute-title' },
        title,
        h('span', { className: 'muted' }, ` · ${list.length}`),
      ),
      list.length === 0
        ? h('p', { className: 'muted small' }, 'None')
        : h(
            'ul',
            { className: 'dispute-list' },
            list.map((s) =>
              h(
                'li',
                {},
                s.url !== null && s.url !== ''
                  ? h(
                      'a',
                      {
                        href: s.url,
                        target: '_blank',
                        rel: 'noopener noreferrer',
                        className: 'source-title',
                      },
                      s.title,
                    )
                  : h('span', { className: 'source-title' }, s.title),
                h(
                  'span',
                  { className: 'dispute-meta' },
                  s.statuses.map((st) => statusBadge(st)),
                  s.publisher !== null && s.publisher !== '' ? ` ${s.publisher}` : null,
                  s.attributedTo.length > 0 ? ` · citing ${s.attributedTo.join(', ')}` : null,
                  s.claims > 1 ? ` · ${s.claims} claims` : null,
                ),
              ),
            ),
          ),
    );
  return h(
    'section',
    { className: 'section', 'aria-labelledby': 'dispute-title' },
    h('h3', { className: 'section-title', id: 'dispute-title' }, 'Who says what'),
    h(
      'div',
      { className: 'dispute' },
      column('Asserting / reporting', sides.affirm, 'affirm'),
      column('Alleging / denying', sides.dispute, 'deny'),
    ),
  );
};

/** An extracted claim's evidence sentence with the subject and object names highlighted. */
const evidenceQuote = (c: Claim): HTMLElement => {
  const segments = highlightEvidence(c.evidence ?? '', c.subject, c.object);
  return h(
    'blockquote',
    { className: 'evidence', 'data-testid': 'evidence' },
    '“',
    segments.map((seg) =>
      seg.actorId === undefined
        ? seg.text
        : h(
            'mark',
            {
              className: `ev-${seg.role ?? 'subject'}`,
              title: seg.role === 'object' ? 'object' : 'subject',
            },
            seg.text,
          ),
    ),
    '”',
  );
};
