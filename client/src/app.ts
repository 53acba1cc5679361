/** Wires the graph, search, filters, legend and side panel to the GraphQL API. */
import { PREDICATES } from '../../server/src/domain/predicates';
import { createClient, describeError, isAbort, type GraphQLClient } from './api';
import { byId, h } from './dom';
import { filterSummary, filterVariables, isEmptyFilter, type FilterState } from './filters';
import { FiltersView } from './filters-view';
import { formatNumber, plural } from './format';
import { mergeSubgraphs, toElements, truncationMessage } from './graph/elements';
import { predicateLabel } from './graph/palette';
import { GraphView } from './graph/view';
import { renderLegend } from './legend';
import type {
  ActorDetail,
  ActorRef,
  ActorSummary,
  RelationshipDetail,
  Stats,
  Subgraph,
} from './model';
import { Notices } from './notices';
import { Overlay } from './overlay';
import { SidePanel, type TieSummary } from './panel';
import {
  ACTOR_QUERY,
  BOOT_QUERY,
  NEIGHBORHOOD_QUERY,
  RELATIONSHIP_QUERY,
  STATS_QUERY,
} from './queries';
import { SearchBox } from './search';

/** Neighbours fetched per double-click expansion. */
export const EXPAND_LIMIT = 60;
/** Nodes fetched for the opening axis view. */
export const AXIS_LIMIT = 200;

interface Expansion {
  seeds: string[];
  limit: number;
  label: string;
}

type Selection = { type: 'node' | 'edge'; id: string } | null;

export class App {
  readonly client: GraphQLClient = createClient('/graphql');
  readonly view: GraphView;
  private readonly panel: SidePanel;
  private readonly filters: FiltersView;
  private readonly notices = new Notices(byId('notices'));
  private readonly overlay = new Overlay(byId('graph-overlay'));
  private readonly announcer = byId('announcer');
  private axis: ActorRef[] = [];
  private axisIds = new Set<string>();
  private expansions: Expansion[] = [];
  private current: Subgraph = { nodes: [], edges: [], truncated: false };
  private selection: Selection = null;
  private panelRequest: AbortController | null = null;
  /** Graph mutations run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private busyCount = 0;
  private booted = false;
  /** Neighbours fetched per expansion (a property so tests can lower it). */
  expandLimit = EXPAND_LIMIT;

  constructor() {
    const graphEl = byId('graph');
    this.view = new GraphView(graphEl, {
      onSelectNode: (id) => this.showActor(id),
      onSelectEdge: (id) => this.showRelationship(id),
      onClearSelection: () => this.clearSelection(),
      onExpand: (id) => void this.expand(id),
    });
    this.panel = new SidePanel(byId('side-panel'), {
      openActor: (id) => void this.openActor(id),
      openRelationship: (id) => this.openRelationship(id),
      expand: (id) => void this.expand(id),
      focus: (id) => this.view.focus(id),
      isInGraph: (id) => this.view.has(id),
      isAxis: (id) => this.axisIds.has(id),
    });
    this.filters = new FiltersView(byId('filters-panel'), (f) => this.onFiltersChanged(f));
    new SearchBox({
      input: byId<HTMLInputElement>('search-input'),
      list: byId('search-suggestions'),
      status: byId('search-status'),
      client: this.client,
      onSelect: (actor) => void this.openActor(actor.id, actor),
      onError: (err) => this.reportError(err, 'Search failed'),
    });
    renderLegend(byId('legend'), PREDICATES);
    // On smaller screens the legend starts collapsed to leave room for the graph.
    if (window.matchMedia('(max-width: 1280px)').matches) this.toggleLegend();
    this.panel.empty([]);
    this.bindToolbar(graphEl);
  }

  // ---- boot -------------------------------------------------------------------------------

  async start(): Promise<void> {
    this.overlay.loading('Loading the axis network…');
    try {
      const data = await this.client.request<{ axis: ActorRef[]; stats: Stats }>(BOOT_QUERY);
      this.axis = data.axis;
      this.axisIds = new Set(data.axis.map((a) => a.id));
      this.renderStats(data.stats);
      if (this.axis.length === 0) {
        this.overlay.message(
          'No data yet',
          'The dataset has no axis actors. Load data with `relata load` and reload.',
        );
        return;
      }
      this.expansions = [this.axisExpansion()];
      await this.refresh({ relayout: true });
      this.booted = true;
      if (this.selection === null) this.panel.empty(this.axis, this.axisTies());
    } catch (err) {
      if (!isAbort(err)) this.overlay.error(err, () => void this.start());
    }
  }

  private axisExpansion(): Expansion {
    return { seeds: this.axis.map((a) => a.id), limit: AXIS_LIMIT, label: 'the axis states' };
  }

  private renderStats(s: Stats): void {
    const item = (label: string, value: number) =>
      h('div', { className: 'stat' }, h('dt', {}, label), h('dd', {}, formatNumber(value)));
    byId('stats').replaceChildren(
      item('actors', s.actors),
      item('relationships', s.relationships),
      item('claims', s.claims),
      item('sources', s.sources),
    );
  }

  // ---- graph data -------------------------------------------------------------------------

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.setBusy(+1);
      try {
        return await task();
      } finally {
        this.setBusy(-1);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private setBusy(delta: number): void {
    this.busyCount += delta;
    byId('busy').hidden = this.busyCount === 0 || !this.booted;
    byId('graph').setAttribute('aria-busy', this.busyCount > 0 ? 'true' : 'false');
  }

  private fetchNeighborhood(actorIds: string[], depth: number, limit: number): Promise<Subgraph> {
    const f = filterVariables(this.filters.value);
    return this.client
      .request<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, {
        actorIds,
        depth,
        limit,
        predicates: f.predicates,
        statuses: f.statuses,
      })
      .then((d) => d.neighborhood);
  }

  /** All relationships among `nodes` under the current filter (expansions only return their own). */
  private async withInducedEdges(
    nodes: Subgraph['nodes'],
    edges: Subgraph['edges'],
  ): Promise<Subgraph['edges']> {
    const ids = nodes.map((n) => n.id);
    if (ids.length < 2 || ids.length > 1000) return edges;
    const induced = await this.fetchNeighborhood(ids, 0, ids.length);
    return mergeSubgraphs([
      { nodes: [], edges, truncated: false },
      { ...induced, nodes: [] },
    ]).edges;
  }

  /** Re-queries every expansion with the current filters and redraws. */
  private refresh(opts: { relayout?: boolean } = {}): Promise<void> {
    return this.enqueue(async () => {
      if (isEmptyFilter(this.filters.value)) {
        this.current = { nodes: [], edges: [], truncated: false };
        await this.view.apply([]);
        this.overlay.message(
          'Nothing to draw',
          'Select at least one relationship type and one claim status in Filters.',
          { label: 'Open filters', run: () => this.toggleFilters(true) },
        );
        return;
      }
      const results = await Promise.all(
        this.expansions.map((e) => this.fetchNeighborhood(e.seeds, 1, e.limit)),
      );
      const merged = mergeSubgraphs(results);
      const edges =
        this.expansions.length > 1
          ? await this.withInducedEdges(merged.nodes, merged.edges)
          : merged.edges;
      this.current = { ...merged, edges };
      this.overlay.hide();
      await this.view.apply(toElements(this.current, this.axisIds), {
        relayout: opts.relayout === true,
      });
      this.expansions.forEach((e, i) => this.noteTruncation(e, results[i]));
      if (this.current.edges.length === 0) {
        this.notices.show('No relationships match the current filters.', {
          key: 'empty',
          kind: 'warning',
        });
      } else this.notices.dismiss('empty');
      if (this.booted && this.selection === null) this.panel.empty(this.axis, this.axisTies());
    });
  }

  private noteTruncation(e: Expansion, sub: Subgraph | undefined): void {
    const key = `truncated:${e.seeds.join(',')}`;
    if (sub?.truncated !== true) {
      this.notices.dismiss(key);
      return;
    }
    const shown = Math.max(0, sub.nodes.length - e.seeds.length);
    this.notices.show(truncationMessage(e.label, shown), {
      key,
      kind: 'warning',
      action: { label: 'Filters', run: () => this.toggleFilters(true) },
    });
  }

  /** Adds an actor's neighbours (depth 1, capped) to the graph. */
  expand(id: string, known?: ActorSummary): Promise<void> {
    return this.enqueue(async () => {
      if (isEmptyFilter(this.filters.value)) return;
      const label = known?.name ?? this.view.nodeName(id);
      const sub = await this.fetchNeighborhood([id], 1, this.expandLimit);
      const exp: Expansion = { seeds: [id], limit: this.expandLimit, label };
      if (!this.expansions.some((e) => e.seeds.length === 1 && e.seeds[0] === id))
        this.expansions.push(exp);
      const merged = mergeSubgraphs([this.current, sub]);
      const edges = await this.withInducedEdges(merged.nodes, merged.edges);
      this.current = { ...merged, edges };
      this.overlay.hide();
      const before = this.view.cy.nodes().length;
      const res = await this.view.apply(toElements(this.current, this.axisIds), { anchorId: id });
      this.noteTruncation(exp, sub);
      const added = this.view.cy.nodes().length - before;
      this.announce(
        added > 0
          ? `Added ${plural(added, 'actor')} around ${label}`
          : `No further neighbours of ${label} under the current filters`,
      );
      if (added === 0 && res.addedEdges === 0 && !sub.truncated) {
        this.notices.show(`No further neighbours of ${label} under the current filters.`, {
          key: `expand:${id}`,
          timeout: 5000,
        });
      }
    }).catch((err: unknown) => {
      this.reportError(
        err,
        `Could not expand ${known?.name ?? this.view.nodeName(id)}`,
        () => void this.expand(id, known),
      );
    });
  }

  // ---- selection --------------------------------------------------------------------------

  /** Selects an actor, adding it (with its neighbourhood) if it is not drawn yet. */
  async openActor(id: string, known?: ActorSummary): Promise<void> {
    if (!this.view.has(id)) await this.expand(id, known);
    if (!this.view.select(id, { focus: true })) this.showActor(id);
  }

  openRelationship(id: string): void {
    if (!this.view.select(id, { focus: true })) {
      this.view.unselect();
      this.showRelationship(id);
    }
  }

  private clearSelection(): void {
    this.selection = null;
    this.panelRequest?.abort();
    this.panel.empty(this.axis, this.axisTies());
  }

  /** Relationships among the axis states currently drawn, best attested first. */
  private axisTies(): TieSummary[] {
    const names = new Map(this.current.nodes.map((n) => [n.id, n.name]));
    return this.current.edges
      .filter((e) => this.axisIds.has(e.source.id) && this.axisIds.has(e.target.id))
      .sort((a, b) => b.claimCount - a.claimCount || a.id.localeCompare(b.id))
      .slice(0, 12)
      .map((e) => ({
        id: e.id,
        predicate: e.predicate,
        source: names.get(e.source.id) ?? e.source.id,
        target: names.get(e.target.id) ?? e.target.id,
        directed: e.directed ?? true,
        claimCount: e.claimCount,
        status: e.status,
        contested: e.contested,
      }));
  }

  private beginPanelRequest(): AbortSignal {
    this.panelRequest?.abort();
    this.panelRequest = new AbortController();
    return this.panelRequest.signal;
  }

  private showActor(id: string): void {
    this.selection = { type: 'node', id };
    const signal = this.beginPanelRequest();
    const name = this.view.nodeName(id);
    this.panel.loading(name);
    const f = filterVariables(this.filters.value);
    this.client
      .request<{ actor: ActorDetail | null }>(
        ACTOR_QUERY,
        { id, predicates: f.predicates, statuses: f.statuses },
        signal,
      )
      .then(({ actor }) => {
        if (signal.aborted) return;
        if (actor === null) throw new Error(`Actor ${id} not found`);
        this.panel.actor(actor);
        this.announce(`Showing details for ${actor.name}`);
      })
      .catch((err: unknown) => {
        if (!isAbort(err) && !signal.aborted) this.panel.error(err, () => this.showActor(id));
      });
  }

  private showRelationship(id: string): void {
    this.selection = { type: 'edge', id };
    const signal = this.beginPanelRequest();
    this.panel.loading('relationship');
    const f = filterVariables(this.filters.value);
    this.client
      .request<{ relationship: RelationshipDetail | null }>(
        RELATIONSHIP_QUERY,
        { id, predicates: f.predicates, statuses: f.statuses },
        signal,
      )
      .then(({ relationship }) => {
        if (signal.aborted) return;
        if (relationship === null)
          throw new Error('This relationship has no claims under the current filters');
        this.panel.relationship(relationship, this.filters.value.statuses);
        this.announce(
          `Showing ${relationship.claims.length} claims for ${relationship.source.name} ${predicateLabel(relationship.predicate)} ${relationship.target.name}`,
        );
      })
      .catch((err: unknown) => {
        if (!isAbort(err) && !signal.aborted)
          this.panel.error(err, () => this.showRelationship(id));
      });
  }

  // ---- filters, toolbar, keyboard ---------------------------------------------------------

  private onFiltersChanged(f: FilterState): void {
    byId('filter-summary').textContent = filterSummary(f);
    const sel = this.selection;
    void this.refresh()
      .then(() => {
        if (sel === null) return;
        if (!this.view.select(sel.id)) {
          if (sel.type === 'node') this.showActor(sel.id);
          else this.clearSelection();
        }
      })
      .catch((err: unknown) =>
        this.reportError(err, 'Could not apply filters', () =>
          this.onFiltersChanged(this.filters.value),
        ),
      );
  }

  private toggleFilters(open?: boolean): void {
    const btn = byId('btn-filters');
    const panel = byId('filters-panel');
    const show = open ?? panel.hidden;
    panel.hidden = !show;
    btn.setAttribute('aria-expanded', String(show));
    if (show) panel.querySelector<HTMLInputElement>('input')?.focus();
  }

  private toggleLegend(): void {
    const btn = byId('btn-legend');
    const legend = byId('legend');
    legend.hidden = !legend.hidden;
    btn.setAttribute('aria-expanded', String(!legend.hidden));
  }

  resetView(): Promise<void> {
    this.notices.clear();
    this.view.unselect();
    this.clearSelection();
    this.expansions = [this.axisExpansion()];
    this.current = { nodes: [], edges: [], truncated: false };
    return this.enqueue(() => {
      this.view.clear();
      return Promise.resolve();
    }).then(() => this.refresh({ relayout: true }));
  }

  private bindToolbar(graphEl: HTMLElement): void {
    byId('btn-filters').addEventListener('click', () => this.toggleFilters());
    byId('btn-legend').addEventListener('click', () => this.toggleLegend());
    byId('btn-zoom-in').addEventListener('click', () => this.view.zoomBy(1.25));
    byId('btn-zoom-out').addEventListener('click', () => this.view.zoomBy(0.8));
    byId('btn-fit').addEventListener('click', () => this.view.fit());
    byId('btn-relayout').addEventListener(
      'click',
      () => void this.enqueue(() => this.view.relayout()),
    );
    byId('btn-reset').addEventListener('click', () => {
      void this.resetView().catch((err: unknown) =>
        this.reportError(err, 'Could not reset the view', () => void this.resetView()),
      );
    });
    graphEl.addEventListener('keydown', (e) => {
      if (e.key === '+' || e.key === '=') this.view.zoomBy(1.25);
      else if (e.key === '-' || e.key === '_') this.view.zoomBy(0.8);
      else if (e.key === '0') this.view.fit();
      else if (e.key === 'Escape') {
        this.view.unselect();
        this.clearSelection();
      } else return;
      e.preventDefault();
    });
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement | null;
      const typing =
        t !== null && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        byId<HTMLInputElement>('search-input').focus();
      } else if (e.key === 'Escape' && !byId('filters-panel').hidden) {
        this.toggleFilters(false);
        byId('btn-filters').focus();
      }
    });
    document.addEventListener('click', (e) => {
      const panel = byId('filters-panel');
      const target = e.target as Node;
      if (!panel.hidden && !panel.contains(target) && !byId('btn-filters').contains(target))
        this.toggleFilters(false);
    });
  }

  // ---- errors -----------------------------------------------------------------------------

  private reportError(err: unknown, context: string, retry?: () => void): void {
    if (isAbort(err)) return;
    const { message, code } = describeError(err);
    if (!this.booted && this.view.cy.nodes().empty()) {
      this.overlay.error(err, retry ?? (() => void this.start()));
      return;
    }
    this.notices.show(`${context}: ${message} [${code}]`, {
      kind: 'error',
      key: `error:${context}`,
      action: retry !== undefined ? { label: 'Retry', run: retry } : undefined,
    });
  }

  private announce(text: string): void {
    this.announcer.textContent = text;
  }

  /** Refreshes the header counts (e.g. after a data load). */
  async reloadStats(): Promise<void> {
    const { stats } = await this.client.request<{ stats: Stats }>(STATS_QUERY);
    this.renderStats(stats);
  }
}
