/**
 * Wires the graph, search, filters, time bar, paths, metrics, exports and side panel to the
 * GraphQL API. The whole view lives in a ViewState mirrored in the URL hash: every user step
 * is a history entry (the back button works), and expand/hide/filter steps can be undone.
 */
import { PREDICATES } from '../../server/src/domain/predicates';
import { createClient, describeError, isAbort, type GraphQLClient } from './api';
import { byId, h } from './dom';
import {
  exportFilename,
  exportUrl,
  filenameFromDisposition,
  isServerFormat,
  type ExportFormat,
  type ExportScope,
} from './export';
import { ExportMenu } from './export-menu';
import {
  filterSummary,
  isDefaultFilters,
  isEmptyFilter,
  sameFilters,
  type FilterState,
} from './filters';
import { FiltersView } from './filters-view';
import { formatNumber, plural } from './format';
import { toElements, truncationMessage } from './graph/elements';
import { drawPlan, glRendererString, isHardwareRenderer } from './graph/gpu';
import { concentricLevels } from './graph/layout';
import { predicateLabel } from './graph/palette';
import { GraphView, type LayoutContext } from './graph/view';
import { renderHelp } from './help';
import { renderLegend } from './legend';
import {
  communityColors,
  metricSizes,
  metricValues,
  METRIC_LABEL,
  type NodeMetric,
} from './metrics';
import { MetricsView, renderMetricsLegend, type MetricsChoice } from './metrics-view';
import type {
  ActorDetail,
  ActorRef,
  ActorSummary,
  MetricsResult,
  RelationshipDetail,
  Stats,
  Subgraph,
} from './model';
import { Notices } from './notices';
import { Overlay } from './overlay';
import { SidePanel, type TieSummary } from './panel';
import { pathHighlight, pathsSubgraph, type PathResult } from './paths';
import { PathsPicker } from './paths-view';
import { ACTOR_QUERY, BOOT_QUERY, RELATIONSHIP_QUERY, STATS_QUERY } from './queries';
import { SearchBox } from './search';
import { GRAPH_ONLY, isMacPlatform, shortcutFor, type ShortcutAction } from './shortcuts';
import { UndoStack } from './state/undo';
import {
  dataPart,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  sameData,
  stateChanges,
  withData,
  type DataState,
  type LayoutName,
  type Selection,
  type ViewState,
} from './state/view-state';
import { dateDomain, windowLabel, type MonthRange, type TimeWindow } from './time';
import { TimeBar } from './time-view';
import { assembleView, queryFilter, undatedEdges, ViewData, type QueryFilter } from './view-data';

/** Neighbours fetched per double-click expansion. */
export const EXPAND_LIMIT = 60;
/** Nodes fetched for the opening axis view. */
export const AXIS_LIMIT = 200;
/** Stores with more claims than this open on an overview of the top actors. */
export const BIG_STORE_CLAIMS = 50_000;
/** Actors in the big-store overview. */
export const OVERVIEW_SIZE = 120;

type HistoryMode = 'push' | 'replace' | 'none';

interface CommitOptions {
  history?: HistoryMode;
  /** Record an undo step (expand, hide, filter…) when the drawn data changes. */
  undoable?: boolean;
  label?: string;
  /** The state the undo step returns to, when not the current one (drags, Play). */
  before?: DataState;
  /** Lay the graph out from scratch afterwards. */
  relayout?: boolean;
}

type Popover = 'filters' | 'paths' | 'metrics';

/** Stores with more claims than this open on an overview (lowered by tests via localStorage). */
const bigStoreThreshold = (): number => {
  try {
    const v = Number(window.localStorage.getItem('relata:bigStoreClaims'));
    return Number.isFinite(v) && v > 0 ? v : BIG_STORE_CLAIMS;
  } catch {
    return BIG_STORE_CLAIMS;
  }
};

export class App {
  readonly client: GraphQLClient = createClient('/graphql');
  readonly view: GraphView;
  readonly data: ViewData;
  readonly undoStack = new UndoStack<DataState>();
  private readonly panel: SidePanel;
  private readonly filters: FiltersView;
  private readonly timebar: TimeBar;
  private readonly metricsView: MetricsView;
  private readonly pathsPicker: PathsPicker;
  private readonly notices = new Notices(byId('notices'));
  private readonly overlay = new Overlay(byId('graph-overlay'));
  private readonly announcer = byId('announcer');
  private readonly mac = isMacPlatform(navigator.platform || navigator.userAgent);
  /** The view as drawn (or being drawn). */
  state: ViewState = defaultViewState();
  private axis: ActorRef[] = [];
  private axisIds = new Set<string>();
  private stats: Stats | null = null;
  /** The store is big: open on an overview, no whole-graph metrics. */
  big = false;
  private overviewIds: string[] = [];
  private current: Subgraph = { nodes: [], edges: [], truncated: false };
  private paths: PathResult[] | null = null;
  private pathsError: unknown = undefined;
  private names = new Map<string, string>();
  private metrics: MetricsResult | null = null;
  private domain: MonthRange | null = null;
  private undated: { undated: number; total: number } | null = null;
  private panelRequest: AbortController | null = null;
  /** Graph mutations run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private busyCount = 0;
  private booted = false;
  private dragBefore: DataState | null = null;
  private playBefore: DataState | null = null;
  private timebarOpen = false;
  /** The GL renderer string and whether it is a hardware GPU (WebGL for large views). */
  readonly gpu: { renderer: string | null; hardware: boolean };
  /** Neighbours fetched per expansion (a property so tests can lower it). */
  expandLimit = EXPAND_LIMIT;

  constructor() {
    const renderer = glRendererString();
    this.gpu = { renderer, hardware: isHardwareRenderer(renderer) };
    const graphEl = byId('graph');
    this.view = new GraphView(graphEl, {
      onSelectNode: (id) => this.userSelected({ type: 'node', id }),
      onSelectEdge: (id) => this.userSelected({ type: 'edge', id }),
      onClearSelection: () => this.userSelected(null),
      onExpand: (id) => void this.expand(id),
    });
    this.data = new ViewData(this.client);
    this.panel = new SidePanel(byId('side-panel'), {
      openActor: (id) => void this.openActor(id),
      openRelationship: (id) => this.openRelationship(id),
      expand: (id) => void this.expand(id),
      focus: (id) => this.view.focus(id),
      isInGraph: (id) => this.view.has(id),
      isAxis: (id) => this.axisIds.has(id),
      hide: (id) => void this.hide(id),
      pathEnd: (which, actor) => {
        this.togglePopover('paths', true);
        this.pathsPicker.setEnd(which, actor);
      },
      selectPath: (i) => void this.selectPath(i),
      clearPaths: () => void this.clearPaths(),
    });
    this.filters = new FiltersView(byId('filters-panel'), (f) => void this.onFiltersChanged(f));
    this.timebar = new TimeBar(byId('timebar'), {
      onWindow: (w, final) => void this.onWindow(w, final),
      onPlayFrame: (w) => this.onPlayFrame(w),
      onPlayStop: () => this.onPlayStop(),
    });
    this.metricsView = new MetricsView(byId('metrics-panel'), (c) => void this.onMetrics(c));
    this.pathsPicker = new PathsPicker(byId('paths-panel'), this.client, {
      onFind: (from, to) => void this.findPaths(from, to),
      onClear: () => void this.clearPaths(),
      onError: (err) => this.reportError(err, 'Search failed'),
    });
    new ExportMenu(
      byId<HTMLButtonElement>('btn-export'),
      byId('export-menu'),
      (f) => void this.exportView(f),
    );
    new SearchBox({
      input: byId<HTMLInputElement>('search-input'),
      list: byId('search-suggestions'),
      status: byId('search-status'),
      client: this.client,
      onSelect: (actor) => void this.openActor(actor.id, actor),
      onError: (err) => this.reportError(err, 'Search failed'),
    });
    renderLegend(byId('legend'), PREDICATES);
    renderHelp(byId<HTMLDialogElement>('help-dialog'), this.mac);
    // On smaller screens the legend starts collapsed to leave room for the graph.
    if (window.matchMedia('(max-width: 1280px)').matches) this.toggleLegend();
    this.panel.empty([]);
    this.bindToolbar(graphEl);
    window.addEventListener('popstate', () => void this.onPopState());
  }

  // ---- boot -------------------------------------------------------------------------------

  async start(): Promise<void> {
    this.overlay.loading('Loading the network…');
    try {
      const data = await this.client.request<{ axis: ActorRef[]; stats: Stats }>(BOOT_QUERY);
      this.axis = data.axis;
      this.axisIds = new Set(data.axis.map((a) => a.id));
      for (const a of data.axis) this.names.set(a.id, a.name);
      this.stats = data.stats;
      this.renderStats(data.stats);
      this.big = data.stats.claims > bigStoreThreshold();
      const state = decodeViewState(window.location.hash);
      if (this.axis.length === 0 && state.focus === null && state.expanded.length === 0) {
        this.overlay.message(
          'No data yet',
          this.big
            ? 'This dataset has no axis actors to open on. Search for an actor to start.'
            : 'The dataset has no axis actors. Load data with `relata load` and reload.',
        );
        this.booted = true;
        return;
      }
      if (this.big && this.axis.length > 0) {
        this.overlay.loading('Large dataset: finding the top actors…');
        this.overviewIds = await this.data.overview(
          this.axis.map((a) => a.id),
          OVERVIEW_SIZE,
          queryFilter(state.filters, null),
        );
        this.notices.show(
          `Large dataset (${formatNumber(data.stats.claims)} claims): showing the top ${this.overviewIds.length} actors by PageRank around the axis. Search, or double-click an actor, to drill down.`,
          { key: 'overview', kind: 'info' },
        );
      }
      this.state = state;
      window.history.replaceState(null, '', this.urlFor(state));
      await this.sync(null, state);
      this.booted = true;
      this.setBusy(0);
    } catch (err) {
      if (!isAbort(err)) this.overlay.error(err, () => void this.start());
    }
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

  // ---- state, history, undo ---------------------------------------------------------------

  private urlFor(s: ViewState): string {
    const hash = encodeViewState(s);
    return `${window.location.pathname}${window.location.search}${hash === '' ? '' : `#${hash}`}`;
  }

  private writeHistory(mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = this.urlFor(this.state);
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (mode === 'replace' || url === here) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }

  /** Moves to a new view state: history entry, undo step, then the work to show it. */
  commit(next: ViewState, o: CommitOptions = {}): Promise<void> {
    const prev = this.state;
    this.state = next;
    const before = o.before ?? dataPart(prev);
    if (o.undoable === true && !sameData(withData(next, before), next))
      this.undoStack.push({ label: o.label ?? 'change', before, after: dataPart(next) });
    this.writeHistory(o.history ?? 'push');
    this.renderControls();
    return this.sync(prev, next, { relayout: o.relayout === true });
  }

  undo(): Promise<void> {
    const step = this.undoStack.undo();
    if (step === null) return Promise.resolve();
    this.announce(`Undid ${step.label}`);
    return this.commit(withData(this.state, step.before));
  }

  redo(): Promise<void> {
    const step = this.undoStack.redo();
    if (step === null) return Promise.resolve();
    this.announce(`Redid ${step.label}`);
    return this.commit(withData(this.state, step.after));
  }

  private async onPopState(): Promise<void> {
    this.timebar.stop();
    const next = decodeViewState(window.location.hash);
    const prev = this.state;
    this.state = next;
    this.renderControls();
    await this.sync(prev, next).catch((err: unknown) =>
      this.reportError(err, 'Could not restore the view'),
    );
  }

  /**
   * Brings the graph and panels in line with `next` (from `prev`, or from nothing on boot),
   * redoing only what changed: data, metrics, layout, path highlight, selection.
   */
  private sync(
    prev: ViewState | null,
    next: ViewState,
    o: { relayout?: boolean; forceData?: boolean } = {},
  ): Promise<void> {
    return this.enqueue(async () => {
      if (this.state !== next) return; // superseded by a later step
      const ch =
        prev === null
          ? {
              data: true,
              filters: true,
              layout: true,
              metrics: true,
              selection: true,
              pathIndex: true,
            }
          : stateChanges(prev, next);
      this.view.setLayout(next.layout, this.layoutContext(next));
      let drawn = true;
      if (ch.data || o.forceData === true) {
        drawn = await this.loadData(prev, next, o.relayout === true || prev === null);
        if (this.state !== next) return;
      }
      if (!drawn) return;
      if (ch.metrics || ch.data || o.forceData === true) await this.applyMetrics(next);
      if (this.state !== next) return;
      this.view.setLayout(next.layout, this.layoutContext(next));
      // Concentric rings depend on the metric values, known only now: lay out again.
      const concentric = next.layout === 'concentric' && (prev === null || ch.metrics || ch.data);
      if ((prev !== null && ch.layout) || concentric) await this.view.runLayout(prev !== null);
      this.applyPaths();
      if (ch.selection || ch.data || ch.pathIndex || o.forceData === true) this.restoreSelection();
      this.renderControls();
    });
  }

  private layoutContext(s: ViewState): LayoutContext {
    const ctx: LayoutContext = {};
    if (s.layout === 'concentric' && this.metrics !== null) {
      const metric = s.metric ?? 'degree';
      ctx.levels = concentricLevels(metricValues(this.metricNodes(), metric, this.view.nodeIds()));
    }
    if (s.layout === 'breadthfirst') {
      ctx.root =
        s.selected?.type === 'node'
          ? s.selected.id
          : (s.path?.from ?? s.focus?.[0] ?? s.expanded.at(-1) ?? this.axis[0]?.id);
    }
    return ctx;
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

  /** The actors the base layer is built from: the focus, the overview or the axis. */
  private baseSeeds(s: ViewState): string[] {
    if (s.focus !== null) return s.focus;
    if (this.big && this.overviewIds.length > 0) return this.overviewIds;
    return this.axis.map((a) => a.id);
  }

  /** Every actor the view grows from (base seeds and expansions), for exports and the domain. */
  private allSeeds(s: ViewState): string[] {
    return [...new Set([...this.baseSeeds(s), ...s.expanded])];
  }

  private baseLayer(s: ViewState, f: QueryFilter): Promise<Subgraph> {
    const seeds = this.baseSeeds(s);
    if (seeds.length === 0) return Promise.resolve({ nodes: [], edges: [], truncated: false });
    // The overview is the top actors and the relationships among them.
    if (s.focus === null && this.big && this.overviewIds.length > 0)
      return this.data.neighborhood(seeds, 0, seeds.length, f);
    return this.data.neighborhood(seeds, 1, AXIS_LIMIT, f);
  }

  /**
   * Fetches and draws the data part of `next`. Returns false when nothing could be drawn
   * (empty filter, or a view over the element cap: then a step is undone, or a message shown).
   */
  private async loadData(
    prev: ViewState | null,
    next: ViewState,
    relayout: boolean,
  ): Promise<boolean> {
    if (isEmptyFilter(next.filters)) {
      this.current = { nodes: [], edges: [], truncated: false };
      await this.view.apply([]);
      this.overlay.message(
        'Nothing to draw',
        'Select at least one relationship type, claim status and claim origin in Filters.',
        { label: 'Open filters', run: () => this.togglePopover('filters', true) },
      );
      return false;
    }
    const f = queryFilter(next.filters, next.window);
    this.pathsError = undefined;
    const base = this.baseLayer(next, f);
    const expansions = next.expanded.map((id) =>
      this.data.neighborhood([id], 1, this.expandLimit, f),
    );
    const pathsPromise =
      next.path === null
        ? Promise.resolve(null)
        : this.data.paths(next.path.from, next.path.to, f).catch((err: unknown) => {
            if (isAbort(err)) throw err;
            this.pathsError = err;
            return [] as PathResult[];
          });
    const [baseSub, expSubs, paths] = await Promise.all([
      base,
      Promise.all(expansions),
      pathsPromise,
    ]);
    this.paths = paths;
    const layers = [baseSub, ...expSubs];
    if (paths !== null) layers.push(pathsSubgraph(paths));
    for (const l of layers) for (const n of l.nodes) this.names.set(n.id, n.name);
    const keep = new Set([...this.baseSeeds(next), ...next.expanded]);
    for (const p of paths ?? []) for (const n of p.nodes) keep.add(n.id);
    let assembled = assembleView(layers, {
      hidden: new Set(next.hidden),
      contested: next.contested,
      keep,
    });
    if (layers.length > 1) {
      const induced = await this.data.induced(assembled.nodes, f);
      assembled = assembleView([assembled, { nodes: [], edges: induced, truncated: false }], {
        hidden: new Set(next.hidden),
        contested: next.contested,
        keep,
      });
    }
    const count = assembled.nodes.length + assembled.edges.length;
    const plan = drawPlan(count, this.gpu.hardware);
    if (!plan.draw) {
      this.tooBig(prev, next, count, plan.reason);
      return false;
    }
    this.view.setRenderer(plan.webgl, plan.workerLayout);
    this.current = assembled;
    this.overlay.hide();
    const added =
      prev !== null &&
      next.expanded.length === prev.expanded.length + 1 &&
      prev.expanded.every((id, i) => next.expanded[i] === id)
        ? next.expanded.at(-1)
        : undefined;
    const focusChanged = prev !== null && (prev.focus?.join() ?? '') !== (next.focus?.join() ?? '');
    await this.view.apply(toElements(assembled, this.axisIds), {
      relayout: relayout || focusChanged,
      anchorId: added,
    });
    if (prev !== null && added !== undefined && this.state === next) {
      const name = this.view.nodeName(added);
      this.announce(`Expanded ${name}`);
    }
    this.noteTruncation('base', baseSub, 'the opening view', this.baseSeeds(next).length);
    next.expanded.forEach((id, i) =>
      this.noteTruncation(`x:${id}`, expSubs[i], this.names.get(id) ?? id, 1),
    );
    if (assembled.edges.length === 0)
      this.notices.show(
        next.window !== null
          ? 'No relationships match the current filters and time window (undated claims are hidden while a window is set).'
          : 'No relationships match the current filters.',
        { key: 'empty', kind: 'warning' },
      );
    else this.notices.dismiss('empty');
    if (paths !== null && this.pathsError !== undefined)
      this.reportError(this.pathsError, 'Could not find paths');
    await this.updateDomain(next, f, assembled);
    return true;
  }

  /** The view would exceed the element cap: undo the step that caused it, or explain. */
  private tooBig(prev: ViewState | null, next: ViewState, count: number, reason: string): void {
    const message = `${reason} Filter by type, status or time, or hide actors, to see it.`;
    if (prev !== null && this.current.nodes.length > 0 && this.state === next) {
      // Keep what is drawn; the step that would overflow is not carried out.
      this.undoStack.discard();
      this.state = withData(next, dataPart(prev));
      this.writeHistory('replace');
      this.renderControls();
      this.notices.show(`Not drawn: ${message}`, { key: 'too-big', kind: 'warning' });
      return;
    }
    this.current = { nodes: [], edges: [], truncated: false };
    this.view.clear();
    this.overlay.message(`Too large to draw (${formatNumber(count)} elements)`, message, {
      label: 'Open filters',
      run: () => this.togglePopover('filters', true),
    });
    byId('graph-overlay').dataset.reason = 'too-big';
  }

  /** The time slider's domain: the dates of the data shown without a window. */
  private async updateDomain(s: ViewState, f: QueryFilter, sub: Subgraph): Promise<void> {
    if (s.window === null) {
      this.domain = dateDomain(sub.edges.flatMap((e) => [e.firstDate, e.lastDate]));
      this.undated = { undated: undatedEdges(sub.edges), total: sub.edges.length };
      return;
    }
    if (this.domain === null) {
      try {
        this.domain = await this.data.domain(this.allSeeds(s), f, AXIS_LIMIT);
      } catch (err) {
        if (!isAbort(err)) this.reportError(err, 'Could not read the dates of the view');
      }
    }
  }

  private noteTruncation(
    key: string,
    sub: Subgraph | undefined,
    label: string,
    seeds: number,
  ): void {
    const k = `truncated:${key}`;
    if (sub?.truncated !== true) {
      this.notices.dismiss(k);
      return;
    }
    const shown = Math.max(0, sub.nodes.length - seeds);
    this.notices.show(truncationMessage(label, shown), {
      key: k,
      kind: 'warning',
      action: { label: 'Filters', run: () => this.togglePopover('filters', true) },
    });
  }

  // ---- metrics ----------------------------------------------------------------------------

  private metricNodes(): NodeMetric[] {
    return (this.metrics?.nodes ?? []).map((n) => ({
      id: n.actor.id,
      degree: n.degree,
      weightedDegree: n.weightedDegree,
      betweenness: n.betweenness,
      pagerank: n.pagerank,
      community: n.community,
    }));
  }

  /** Fetches metrics (view or whole graph) when styling or the concentric layout needs them. */
  private async applyMetrics(s: ViewState): Promise<void> {
    const needed = s.metric !== null || s.communities || s.layout === 'concentric';
    if (!needed || this.current.nodes.length === 0) {
      this.metrics = null;
      this.view.setMetricDecoration({ sizes: null, colors: null });
      renderMetricsLegend(byId('metrics-legend'), null);
      return;
    }
    const f = queryFilter(
      s.contested
        ? {
            ...s.filters,
            statuses: new Set(
              [...s.filters.statuses].filter((x) => x === 'ALLEGED' || x === 'DENIED'),
            ),
          }
        : s.filters,
      s.window,
    );
    const ids = this.view.nodeIds();
    const graphScope = s.metricScope === 'graph' && !this.big;
    try {
      this.metrics = await this.data.metrics(graphScope ? null : ids, f);
    } catch (err) {
      if (isAbort(err)) return;
      this.metrics = null;
      this.reportError(err, 'Could not compute metrics');
      return;
    }
    const nodes = this.metricNodes();
    const inView = new Set(ids);
    const values = s.metric === null ? null : metricValues(nodes, s.metric, ids);
    const sizes = values === null ? null : metricSizes(values);
    const communities =
      s.communities && this.metrics !== null
        ? communityColors(nodes, this.metrics.communities, inView)
        : null;
    let colors: Map<string, string> | null = null;
    if (communities !== null) {
      const byCommunity = new Map(communities.map((c) => [c.id, c.color]));
      colors = new Map();
      for (const n of nodes) {
        const c = byCommunity.get(n.community);
        if (c !== undefined && inView.has(n.id)) colors.set(n.id, c);
      }
    }
    this.view.setMetricDecoration({ sizes, colors });
    const range =
      values === null || values.size === 0
        ? null
        : { min: Math.min(...values.values()), max: Math.max(...values.values()) };
    renderMetricsLegend(byId('metrics-legend'), {
      metric: s.metric,
      range,
      communities,
      scope: graphScope ? 'graph' : 'view',
      modularity: this.metrics?.modularity ?? null,
      sampled: this.metrics?.betweennessSampled ?? false,
    });
  }

  private onMetrics(c: MetricsChoice): Promise<void> {
    const next = {
      ...this.state,
      metric: c.metric,
      communities: c.communities,
      metricScope: c.scope,
    };
    const what =
      c.metric === null && !c.communities
        ? 'Actors sized by kind'
        : [
            c.metric !== null ? `sized by ${METRIC_LABEL[c.metric]}` : '',
            c.communities ? 'coloured by community' : '',
          ]
            .filter(Boolean)
            .join(', ');
    this.announce(what);
    return this.commit(next).catch((err: unknown) =>
      this.reportError(err, 'Could not apply metrics'),
    );
  }

  // ---- paths ------------------------------------------------------------------------------

  private findPaths(from: ActorRef, to: ActorRef): Promise<void> {
    this.names.set(from.id, from.name);
    this.names.set(to.id, to.name);
    this.togglePopover('paths', false);
    this.paths = null;
    this.pathsError = undefined;
    this.showIdlePanel();
    return this.commit(
      { ...this.state, path: { from: from.id, to: to.id, index: 0 }, selected: null },
      { undoable: true, label: `paths ${from.name} – ${to.name}` },
    )
      .then(() => {
        const n = this.paths?.length ?? 0;
        this.announce(
          n === 0
            ? `No path between ${from.name} and ${to.name}`
            : `Found ${plural(n, 'path')} between ${from.name} and ${to.name}`,
        );
        this.view.fitPath();
      })
      .catch((err: unknown) => this.reportError(err, 'Could not find paths'));
  }

  private selectPath(index: number): Promise<void> {
    const p = this.state.path;
    if (p === null) return Promise.resolve();
    this.view.unselect();
    return this.commit({ ...this.state, path: { ...p, index }, selected: null }).then(() => {
      this.view.fitPath();
      this.announce(`Highlighted path ${index + 1}`);
    });
  }

  private clearPaths(): Promise<void> {
    if (this.state.path === null) return Promise.resolve();
    this.togglePopover('paths', false);
    return this.commit({ ...this.state, path: null }, { undoable: true, label: 'clear paths' });
  }

  private applyPaths(): void {
    const p = this.state.path;
    if (p === null || this.paths === null) {
      this.view.setPathDecoration(null);
      return;
    }
    this.view.setPathDecoration(
      pathHighlight(this.paths, Math.min(p.index, Math.max(0, this.paths.length - 1))),
    );
  }

  // ---- selection --------------------------------------------------------------------------

  /** The analyst clicked an element (or the background): a history step, no redraw. */
  private userSelected(sel: Selection): void {
    const same =
      (sel === null && this.state.selected === null) ||
      (sel !== null && this.state.selected?.id === sel.id && this.state.selected.type === sel.type);
    this.state = { ...this.state, selected: sel };
    if (!same) this.writeHistory('push');
    if (sel === null) this.showIdlePanel();
    else if (sel.type === 'node') this.showActor(sel.id);
    else this.showRelationship(sel.id);
  }

  /** Selects what the state says (after a redraw, undo, back, or a link). */
  private restoreSelection(): void {
    const sel = this.state.selected;
    if (sel === null) {
      this.view.unselect();
      this.showIdlePanel();
      return;
    }
    if (this.view.has(sel.id)) this.view.select(sel.id, { silent: true });
    else this.view.unselect();
    if (sel.type === 'node') this.showActor(sel.id);
    else this.showRelationship(sel.id);
  }

  /** Selects an actor, adding it (with its neighbourhood) if it is not drawn yet. */
  async openActor(id: string, known?: ActorSummary): Promise<void> {
    if (known !== undefined) this.names.set(id, known.name);
    if (this.view.has(id)) {
      this.view.select(id, { focus: true });
      return;
    }
    const s = this.state;
    await this.commit(
      {
        ...s,
        expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
        hidden: s.hidden.filter((x) => x !== id),
        selected: { type: 'node', id },
      },
      { undoable: true, label: `add ${known?.name ?? id}` },
    ).catch((err: unknown) =>
      this.reportError(
        err,
        `Could not add ${known?.name ?? id}`,
        () => void this.openActor(id, known),
      ),
    );
    if (this.view.has(id)) this.view.focus(id);
  }

  openRelationship(id: string): void {
    if (!this.view.select(id, { focus: true })) {
      this.view.unselect();
      this.userSelected({ type: 'edge', id });
    }
  }

  private showIdlePanel(): void {
    this.panelRequest?.abort();
    const p = this.state.path;
    if (p !== null) {
      const name = (id: string) => this.names.get(id) ?? this.view.nodeName(id);
      this.panel.paths({
        from: { id: p.from, name: name(p.from) },
        to: { id: p.to, name: name(p.to) },
        paths: this.paths,
        index: p.index,
        error: this.pathsError,
        caption: this.state.window !== null ? windowLabel(this.state.window) : '',
      });
      return;
    }
    if (this.booted || this.current.nodes.length > 0) this.panel.empty(this.axis, this.axisTies());
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

  private panelFilter(): QueryFilter {
    return queryFilter(this.state.filters, this.state.window);
  }

  private showActor(id: string): void {
    const signal = this.beginPanelRequest();
    const name = this.view.nodeName(id);
    this.panel.loading(name);
    this.client
      .request<{ actor: ActorDetail | null }>(ACTOR_QUERY, { id, ...this.panelFilter() }, signal)
      .then(({ actor }) => {
        if (signal.aborted) return;
        if (actor === null) throw new Error(`Actor ${id} not found`);
        this.names.set(actor.id, actor.name);
        this.panel.actor(actor);
        this.announce(`Showing details for ${actor.name}`);
      })
      .catch((err: unknown) => {
        if (!isAbort(err) && !signal.aborted) this.panel.error(err, () => this.showActor(id));
      });
  }

  private showRelationship(id: string): void {
    const signal = this.beginPanelRequest();
    this.panel.loading('relationship');
    this.client
      .request<{ relationship: RelationshipDetail | null }>(
        RELATIONSHIP_QUERY,
        { id, ...this.panelFilter() },
        signal,
      )
      .then(({ relationship }) => {
        if (signal.aborted) return;
        if (relationship === null)
          throw new Error('This relationship has no claims under the current filters');
        this.panel.relationship(relationship, this.state.filters.statuses);
        this.announce(
          `Showing ${relationship.claims.length} claims for ${relationship.source.name} ${predicateLabel(relationship.predicate)} ${relationship.target.name}`,
        );
      })
      .catch((err: unknown) => {
        if (!isAbort(err) && !signal.aborted)
          this.panel.error(err, () => this.showRelationship(id));
      });
  }

  // ---- user steps -------------------------------------------------------------------------

  /** Adds an actor's neighbours (depth 1, capped) to the graph. */
  expand(id: string): Promise<void> {
    const s = this.state;
    const name = this.view.nodeName(id);
    if (s.expanded.includes(id)) {
      // Already expanded: fetch again (the limit may have changed) and say what is there.
      return this.sync(s, s, { forceData: true }).then(() =>
        this.notices.show(`${name}: all neighbours under the current filters are drawn.`, {
          key: `expand:${id}`,
          timeout: 4000,
        }),
      );
    }
    const before = this.view.nodeIds().length;
    return this.commit(
      { ...s, expanded: [...s.expanded, id], hidden: s.hidden.filter((x) => x !== id) },
      { undoable: true, label: `expand ${name}` },
    )
      .then(() => {
        const added = this.view.nodeIds().length - before;
        if (added <= 0 && this.state.expanded.includes(id))
          this.notices.show(`No further neighbours of ${name} under the current filters.`, {
            key: `expand:${id}`,
            timeout: 5000,
          });
      })
      .catch((err: unknown) =>
        this.reportError(err, `Could not expand ${name}`, () => void this.expand(id)),
      );
  }

  /** Hides an actor (and its relationships) from the view. */
  hide(id: string): Promise<void> {
    const s = this.state;
    if (s.hidden.includes(id)) return Promise.resolve();
    const name = this.view.nodeName(id);
    this.announce(`Hid ${name}`);
    return this.commit(
      {
        ...s,
        hidden: [...s.hidden, id],
        // An edge id is subject|PREDICATE|object: its selection goes with either end.
        selected: s.selected !== null && s.selected.id.split('|').includes(id) ? null : s.selected,
      },
      { undoable: true, label: `hide ${name}` },
    ).then(() =>
      this.notices.show(`Hid ${name}.`, {
        key: 'hidden',
        timeout: 6000,
        action: { label: 'Undo', run: () => void this.undo() },
      }),
    );
  }

  private onFiltersChanged(f: FilterState): Promise<void> {
    if (sameFilters(f, this.state.filters)) return Promise.resolve();
    return this.commit(
      { ...this.state, filters: f },
      { undoable: true, label: 'filter change' },
    ).catch((err: unknown) =>
      this.reportError(err, 'Could not apply filters', () => void this.onFiltersChanged(f)),
    );
  }

  private toggleContested(): Promise<void> {
    const on = !this.state.contested;
    this.announce(
      on ? 'Contested view: only alleged or denied relationships' : 'All relationships',
    );
    return this.commit(
      { ...this.state, contested: on },
      { undoable: true, label: on ? 'contested view' : 'leave contested view' },
    ).catch((err: unknown) => this.reportError(err, 'Could not switch the contested view'));
  }

  private onWindow(w: TimeWindow | null, final: boolean): Promise<void> {
    const same = (a: TimeWindow | null) =>
      a === w || (a !== null && w !== null && a.from === w.from && a.to === w.to);
    if (!final) {
      if (same(this.state.window)) return Promise.resolve();
      this.dragBefore ??= dataPart(this.state);
      return this.commit({ ...this.state, window: w }, { history: 'none' });
    }
    const before = this.dragBefore ?? dataPart(this.state);
    this.dragBefore = null;
    if (same(this.state.window) && same(before.window)) return Promise.resolve();
    this.announce(w === null ? 'All dates' : `Time window ${windowLabel(w)}`);
    return this.commit(
      { ...this.state, window: w },
      { undoable: true, label: w === null ? 'clear time window' : 'time window', before },
    ).catch((err: unknown) => this.reportError(err, 'Could not apply the time window'));
  }

  private async onPlayFrame(w: TimeWindow): Promise<void> {
    this.playBefore ??= dataPart(this.state);
    await this.commit({ ...this.state, window: w }, { history: 'none' }).catch((err: unknown) => {
      this.timebar.stop();
      this.reportError(err, 'Could not play the time window');
    });
  }

  private onPlayStop(): void {
    const before = this.playBefore;
    this.playBefore = null;
    if (before === null) return;
    const after = dataPart(this.state);
    if (!sameData(withData(this.state, before), this.state))
      this.undoStack.push({ label: 'play', before, after });
    this.writeHistory('push');
    this.renderControls();
  }

  private setLayout(name: LayoutName): Promise<void> {
    this.announce(`Layout: ${name}`);
    return this.commit({ ...this.state, layout: name });
  }

  resetView(): Promise<void> {
    this.timebar.stop();
    this.notices.clear();
    this.view.unselect();
    const d = defaultViewState();
    return this.commit(
      { ...d, layout: this.state.layout },
      { undoable: true, label: 'reset view', relayout: true },
    );
  }

  // ---- export -----------------------------------------------------------------------------

  private exportScope(): ExportScope {
    return {
      nodeIds: this.view.nodeIds(),
      seeds: this.allSeeds(this.state),
      filters: this.state.filters,
      window: this.state.window,
      contested: this.state.contested,
    };
  }

  private focusLabel(): string[] {
    const s = this.state;
    if (s.path !== null) return [s.path.from, 'to', s.path.to];
    if (s.focus !== null) return s.focus;
    if (s.expanded.length > 0) return ['axis', ...s.expanded];
    return [this.big ? 'overview' : 'axis'];
  }

  /** Downloads the view in a server format, or the canvas as PNG/SVG. */
  async exportView(format: ExportFormat): Promise<void> {
    const fallback = exportFilename(format, this.focusLabel(), new Date());
    try {
      if (format === 'png') {
        this.download(this.view.png(), fallback);
      } else if (format === 'svg') {
        const text = await this.view.svg();
        this.download(new Blob([text], { type: 'image/svg+xml' }), fallback);
      } else if (isServerFormat(format)) {
        this.notices.show(`Preparing the ${format.toUpperCase()} export…`, {
          key: 'export',
          timeout: 4000,
        });
        const res = await fetch(exportUrl(format, this.exportScope()));
        if (!res.ok) {
          let message = `HTTP ${res.status}`;
          try {
            const body = (await res.json()) as { error?: { message?: string } };
            message = body.error?.message ?? message;
          } catch {
            /* not JSON */
          }
          throw new Error(message);
        }
        const blob = await res.blob();
        this.notices.dismiss('export');
        this.download(
          blob,
          filenameFromDisposition(res.headers.get('content-disposition')) ?? fallback,
        );
      }
      this.announce(`Exported ${format.toUpperCase()}`);
    } catch (err) {
      this.reportError(err, 'Export failed', () => void this.exportView(format));
    }
  }

  private download(blob: Blob, filename: string): void {
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  // ---- toolbar, popovers, keyboard --------------------------------------------------------

  /** Brings every control in line with the state. */
  private renderControls(): void {
    const s = this.state;
    if (!sameFilters(this.filters.value, s.filters)) this.filters.set(s.filters);
    const summary = byId('filter-summary');
    summary.textContent = filterSummary(s.filters);
    summary.hidden = isDefaultFilters(s.filters);
    const contested = byId('btn-contested');
    contested.setAttribute('aria-pressed', String(s.contested));
    contested.classList.toggle('tool-on', s.contested);
    byId<HTMLSelectElement>('layout-select').value = s.layout;
    this.metricsView.set(
      { metric: s.metric, communities: s.communities, scope: s.metricScope },
      !this.big,
    );
    const metricsOn = s.metric !== null || s.communities;
    const metricsBtn = byId('btn-metrics');
    metricsBtn.classList.toggle('tool-on', metricsOn);
    metricsBtn.title = metricsOn
      ? `Metrics: ${[s.metric !== null ? METRIC_LABEL[s.metric] : '', s.communities ? 'communities' : ''].filter(Boolean).join(', ')} (M)`
      : 'Size and colour by metrics (M)';
    const timeBtn = byId('btn-time');
    timeBtn.classList.toggle('tool-on', s.window !== null);
    timeBtn.title =
      s.window === null ? 'Time window (T)' : `Time window: ${windowLabel(s.window)} (T)`;
    if (s.window !== null) this.timebarOpen = true;
    byId('timebar').hidden = !this.timebarOpen;
    byId('btn-time').setAttribute('aria-expanded', String(this.timebarOpen));
    this.timebar.set(this.domain, s.window, this.undated);
    const undo = byId<HTMLButtonElement>('btn-undo');
    const redo = byId<HTMLButtonElement>('btn-redo');
    const mod = this.mac ? '⌘' : 'Ctrl+';
    undo.disabled = !this.undoStack.canUndo;
    redo.disabled = !this.undoStack.canRedo;
    const ul = this.undoStack.undoLabel;
    const rl = this.undoStack.redoLabel;
    undo.title = ul === null ? `Undo (${mod}Z)` : `Undo ${ul} (${mod}Z)`;
    redo.title = rl === null ? `Redo (${mod}Shift+Z)` : `Redo ${rl} (${mod}Shift+Z)`;
    undo.setAttribute('aria-label', ul === null ? 'Undo' : `Undo ${ul}`);
    redo.setAttribute('aria-label', rl === null ? 'Redo' : `Redo ${rl}`);
    const p = s.path;
    this.pathsPicker.set(
      p === null ? null : { id: p.from, name: this.names.get(p.from) ?? p.from },
      p === null ? null : { id: p.to, name: this.names.get(p.to) ?? p.to },
      p !== null,
    );
    byId('btn-paths').classList.toggle('tool-on', p !== null);
    const graph = byId('graph');
    graph.dataset.window = s.window === null ? '' : `${s.window.from}~${s.window.to}`;
    graph.dataset.contested = String(s.contested);
  }

  private togglePopover(name: Popover, open?: boolean): void {
    const ids: Record<Popover, [string, string]> = {
      filters: ['btn-filters', 'filters-panel'],
      paths: ['btn-paths', 'paths-panel'],
      metrics: ['btn-metrics', 'metrics-panel'],
    };
    const [btnId, panelId] = ids[name];
    const panel = byId(panelId);
    const show = open ?? panel.hidden;
    for (const [other, [ob, op]] of Object.entries(ids)) {
      if (other === name) continue;
      byId(op).hidden = true;
      byId(ob).setAttribute('aria-expanded', 'false');
    }
    panel.hidden = !show;
    byId(btnId).setAttribute('aria-expanded', String(show));
    if (show) {
      if (name === 'paths') this.pathsPicker.focus();
      else panel.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    }
  }

  private closePopovers(): boolean {
    let closed = false;
    for (const [btn, panel] of [
      ['btn-filters', 'filters-panel'],
      ['btn-paths', 'paths-panel'],
      ['btn-metrics', 'metrics-panel'],
    ] as const) {
      if (!byId(panel).hidden) {
        byId(panel).hidden = true;
        byId(btn).setAttribute('aria-expanded', 'false');
        byId(btn).focus();
        closed = true;
      }
    }
    return closed;
  }

  private toggleTimebar(open?: boolean): void {
    this.timebarOpen = open ?? !this.timebarOpen;
    if (!this.timebarOpen && this.state.window !== null) this.timebarOpen = true;
    byId('timebar').hidden = !this.timebarOpen;
    byId('btn-time').setAttribute('aria-expanded', String(this.timebarOpen));
    if (this.timebarOpen) byId('timebar').querySelector<HTMLElement>('#time-start')?.focus();
    this.view.cy.resize();
  }

  private toggleLegend(): void {
    const btn = byId('btn-legend');
    const legend = byId('legend');
    legend.hidden = !legend.hidden;
    btn.setAttribute('aria-expanded', String(!legend.hidden));
  }

  private bindToolbar(graphEl: HTMLElement): void {
    byId('btn-filters').addEventListener('click', () => this.togglePopover('filters'));
    byId('btn-paths').addEventListener('click', () => this.togglePopover('paths'));
    byId('btn-metrics').addEventListener('click', () => this.togglePopover('metrics'));
    byId('btn-time').addEventListener('click', () => this.toggleTimebar());
    byId('btn-contested').addEventListener('click', () => void this.toggleContested());
    byId('btn-legend').addEventListener('click', () => this.toggleLegend());
    byId('btn-help').addEventListener('click', () => this.openHelp());
    byId('btn-undo').addEventListener('click', () => void this.undo());
    byId('btn-redo').addEventListener('click', () => void this.redo());
    byId('btn-zoom-in').addEventListener('click', () => this.view.zoomBy(1.25));
    byId('btn-zoom-out').addEventListener('click', () => this.view.zoomBy(0.8));
    byId('btn-fit').addEventListener('click', () => this.view.fit());
    byId<HTMLSelectElement>('layout-select').addEventListener('change', (e) => {
      void this.setLayout((e.target as HTMLSelectElement).value as LayoutName);
    });
    byId('btn-relayout').addEventListener(
      'click',
      () => void this.enqueue(() => this.view.relayout()),
    );
    byId('btn-reset').addEventListener('click', () => {
      void this.resetView().catch((err: unknown) =>
        this.reportError(err, 'Could not reset the view', () => void this.resetView()),
      );
    });
    document.addEventListener('keydown', (e) => this.onKey(e, graphEl));
    document.addEventListener('click', (e) => {
      const target = e.target as Node;
      for (const [btn, panel] of [
        ['btn-filters', 'filters-panel'],
        ['btn-paths', 'paths-panel'],
        ['btn-metrics', 'metrics-panel'],
      ] as const) {
        const p = byId(panel);
        if (!p.hidden && !p.contains(target) && !byId(btn).contains(target) && target.isConnected) {
          p.hidden = true;
          byId(btn).setAttribute('aria-expanded', 'false');
        }
      }
    });
  }

  private openHelp(): void {
    const dialog = byId<HTMLDialogElement>('help-dialog');
    if (!dialog.open) dialog.showModal();
  }

  private onKey(e: KeyboardEvent, graphEl: HTMLElement): void {
    const t = e.target as HTMLElement | null;
    const tag = t?.tagName ?? '';
    const typing =
      t !== null &&
      (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable) &&
      !(
        tag === 'INPUT' &&
        ['checkbox', 'radio', 'range', 'button'].includes((t as HTMLInputElement).type)
      );
    if (byId<HTMLDialogElement>('help-dialog').open) return;
    const action = shortcutFor(e, this.mac, typing);
    if (action === null) return;
    const onGraph = t === graphEl || t === document.body || t === null;
    if (GRAPH_ONLY.has(action) && !onGraph) return;
    // Buttons and inputs keep their own Enter; ranges their arrows.
    if (this.run(action, graphEl)) e.preventDefault();
  }

  /** Runs a shortcut; false when it does not apply (the key keeps its default). */
  private run(action: ShortcutAction, graphEl: HTMLElement): boolean {
    const selected = this.view.selectedId();
    const selectedNode =
      selected !== null && this.state.selected?.type === 'node' ? selected : null;
    switch (action) {
      case 'undo':
        void this.undo();
        return true;
      case 'redo':
        void this.redo();
        return true;
      case 'help':
        this.openHelp();
        return true;
      case 'search':
        byId<HTMLInputElement>('search-input').focus();
        return true;
      case 'filters':
        this.togglePopover('filters');
        return true;
      case 'paths':
        this.togglePopover('paths');
        return true;
      case 'metrics':
        this.togglePopover('metrics');
        return true;
      case 'time':
        this.toggleTimebar();
        return true;
      case 'contested':
        void this.toggleContested();
        return true;
      case 'export':
        byId('btn-export').click();
        return true;
      case 'layout':
        byId('layout-select').focus();
        return true;
      case 'zoomIn':
        this.view.zoomBy(1.25);
        return true;
      case 'zoomOut':
        this.view.zoomBy(0.8);
        return true;
      case 'fit':
        this.view.fit();
        return true;
      case 'next':
      case 'previous':
        graphEl.focus();
        this.view.selectAdjacent(action === 'next' ? 1 : -1);
        return true;
      case 'expand':
        if (selectedNode === null) return false;
        void this.expand(selectedNode);
        return true;
      case 'hide':
        if (selectedNode === null) return false;
        void this.hide(selectedNode);
        return true;
      case 'escape':
        if (this.closePopovers()) return true;
        if (this.timebar.isPlaying) {
          this.timebar.stop();
          return true;
        }
        if (this.state.selected !== null) {
          this.view.unselect();
          this.userSelected(null);
          return true;
        }
        return false;
    }
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
    this.stats = stats;
    this.renderStats(stats);
  }

  /** A promise that settles once every queued graph update has finished (tests). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }
}
