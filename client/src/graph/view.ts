/**
 * Owns the Cytoscape instance: merging elements, layouts (fCoSE, concentric, breadthfirst,
 * grid, or ForceAtlas2 in a worker for large views), renderer (canvas or WebGL), selection,
 * path and metric decorations, viewport, counts, image export.
 */
import cytoscape from 'cytoscape';
import type {
  Core,
  EdgeSingular,
  ElementDefinition,
  Layouts,
  NodeSingular,
  Position,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { PathHighlight } from '../paths';
import type { LayoutName } from '../state/view-state';
import { diffElements } from './elements';
import { LARGE_VIEW } from './gpu';
import {
  breadthfirstLayout,
  concentricLayout,
  concentricLevels,
  gridLayout,
  incrementalLayout,
  initialLayout,
  seedPositions,
} from './layout';
import { buildStylesheet, fontSizeForZoom } from './style';
import { workerLayout } from './worker-layout';

cytoscape.use(fcose);

export interface GraphHandlers {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClearSelection(): void;
  onExpand(id: string): void;
}

export interface ApplyOptions {
  /** Lay everything out from scratch. */
  relayout?: boolean;
  /** Node new elements grow out of (the expanded node). */
  anchorId?: string;
}

export interface ApplyResult {
  addedNodes: number;
  addedEdges: number;
  removed: number;
}

export interface LayoutContext {
  /** Concentric rings (level per node id, higher = inner). */
  levels?: ReadonlyMap<string, number>;
  /** Breadthfirst root (the selected actor, or a focus actor). */
  root?: string;
}

export interface MetricDecoration {
  sizes: ReadonlyMap<string, number> | null;
  colors: ReadonlyMap<string, string> | null;
}

export class GraphView {
  private core: Core;
  private layout: Layouts | null = null;
  private fontSize = 0;
  private fontFrame = 0;
  private layoutName: LayoutName = 'fcose';
  private layoutContext: LayoutContext = {};
  private metricDecoration: MetricDecoration = { sizes: null, colors: null };
  private pathDecoration: PathHighlight | null = null;
  private webgl = false;
  private large = false;
  /** Select events while true do not reach the handlers. */
  private silent = false;
  /** The last layout run, for tests and the benchmark. */
  lastLayout: { name: string; worker: boolean; ms: number } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GraphHandlers,
  ) {
    this.core = this.create(false);
    this.updateCounts();
    // The pane changes size when the legend, the time bar or the window does.
    new ResizeObserver(() => this.core.resize()).observe(container);
  }

  get cy(): Core {
    return this.core;
  }

  get usesWebgl(): boolean {
    return this.webgl;
  }

  private create(webgl: boolean, large = false): Core {
    const cy = cytoscape({
      container: this.container,
      style: buildStylesheet(this.fontSize || undefined),
      minZoom: 0.03,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      pixelRatio: 'auto',
      ...({ renderer: { name: 'canvas', webgl } } as object),
      // Large views: draw a cached texture while panning/zooming instead of every element.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
    });
    this.webgl = webgl;
    this.large = large;
    this.container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    this.bindEvents(cy);
    return cy;
  }

  /**
   * Switches between Cytoscape's canvas and WebGL renderers (a renderer is chosen when the
   * instance is created: the elements, positions and viewport move to a new one).
   */
  setRenderer(webgl: boolean, large = webgl): void {
    if (webgl === this.webgl && large === this.large) return;
    this.stopLayout();
    const old = this.core;
    const json = old.elements().jsons();
    const zoom = old.zoom();
    const pan = old.pan();
    const selected = old.$(':selected').map((e) => e.id());
    old.destroy();
    this.core = this.create(webgl, large);
    this.core.add(json as ElementDefinition[]);
    this.core.viewport({ zoom, pan });
    for (const id of selected) this.core.getElementById(id).select();
    this.updateCounts();
  }

  private bindEvents(cy: Core): void {
    // 'add' fires per element: count once per burst, not once per element (O(n²) on big views).
    cy.on('add remove', () => this.scheduleCounts());
    cy.on('select', 'node', (e) => {
      const node = e.target as NodeSingular;
      this.highlight(node);
      if (!this.silent) this.handlers.onSelectNode(node.id());
    });
    cy.on('select', 'edge', (e) => {
      const edge = e.target as EdgeSingular;
      this.highlight(edge);
      if (!this.silent) this.handlers.onSelectEdge(edge.id());
    });
    cy.on('tap', (e) => {
      if (e.target === cy) {
        cy.elements(':selected').unselect();
        this.clearHighlight();
        this.handlers.onClearSelection();
      }
    });
    cy.on('dbltap', 'node', (e) => this.handlers.onExpand((e.target as NodeSingular).id()));
    cy.on('mouseover', 'node, edge', (e) => {
      (e.target as NodeSingular).addClass('hover');
      this.container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', (e) => {
      (e.target as NodeSingular).removeClass('hover');
      this.container.style.cursor = '';
    });
    cy.on('zoom', () => {
      if (this.fontFrame !== 0) return;
      this.fontFrame = requestAnimationFrame(() => {
        this.fontFrame = 0;
        this.updateFontSize();
      });
    });
  }

  private updateFontSize(): void {
    const size = fontSizeForZoom(this.core.zoom());
    if (size === this.fontSize) return;
    this.fontSize = size;
    this.core.style().fromJson(buildStylesheet(size)).update();
  }

  private countsQueued = false;

  private scheduleCounts(): void {
    if (this.countsQueued) return;
    this.countsQueued = true;
    queueMicrotask(() => {
      this.countsQueued = false;
      this.updateCounts();
    });
  }

  /** Keeps `data-node-count` / `data-edge-count` on the container current (used by automation). */
  updateCounts(): void {
    this.container.dataset.nodeCount = String(this.core.nodes().length);
    this.container.dataset.edgeCount = String(this.core.edges().length);
  }

  has(id: string): boolean {
    return this.core.getElementById(id).nonempty();
  }

  nodeName(id: string): string {
    const n = this.core.getElementById(id);
    return n.nonempty() ? String(n.data('label')) : id;
  }

  nodeIds(): string[] {
    return this.core.nodes().map((n) => n.id());
  }

  elementCount(): number {
    return this.core.elements().length;
  }

  // ---- elements -----------------------------------------------------------------------------

  /** Makes the graph show exactly `elements`, keeping positions of elements that stay. */
  async apply(
    elements: readonly ElementDefinition[],
    opts: ApplyOptions = {},
  ): Promise<ApplyResult> {
    const cy = this.core;
    const diff = diffElements(
      cy.elements().map((e) => e.id()),
      elements,
    );
    const wasEmpty = cy.nodes().empty();
    const newNodes = diff.add.filter((e) => e.group === 'nodes');
    const newEdges = diff.add.filter((e) => e.group === 'edges');
    const existingBefore = new Set(cy.nodes().map((n) => n.id()));
    this.stopLayout();
    cy.batch(() => {
      for (const id of diff.remove) cy.getElementById(id).remove();
      for (const el of diff.update) {
        const ele = cy.getElementById(el.data.id ?? '');
        ele.data(el.data);
        if (typeof el.classes === 'string') ele.classes(el.classes);
      }
    });
    // Positions for new nodes, next to what they connect to.
    const positions = this.seedPositions(newNodes, newEdges, existingBefore, opts.anchorId);
    cy.batch(() => {
      cy.add(
        newNodes.map((n) => ({ ...n, position: positions.get(n.data.id ?? '') ?? { x: 0, y: 0 } })),
      );
      cy.add(newEdges);
    });
    this.redecorate();
    this.updateCounts();
    const result = {
      addedNodes: newNodes.length,
      addedEdges: newEdges.length,
      removed: diff.remove.length,
    };
    if (opts.relayout === true || wasEmpty) {
      await this.runLayout(!wasEmpty);
    } else if (newNodes.length > 0) {
      if (this.layoutName === 'fcose') {
        await this.incremental(existingBefore);
        if (opts.anchorId !== undefined) this.reveal(opts.anchorId);
      } else await this.runLayout(true);
    }
    // Updated elements got their classes reset: restore the selection highlight.
    const selected = cy.$(':selected');
    if (selected.nonempty()) this.highlight(selected.first());
    this.updateFontSize();
    return result;
  }

  /** Incremental layout: existing nodes stay where they are. */
  private async incremental(existing: ReadonlySet<string>): Promise<void> {
    const cy = this.core;
    if (cy.elements().length > LARGE_VIEW) {
      await this.runWorker(true);
      return;
    }
    const fixed = cy
      .nodes()
      .filter((n) => existing.has(n.id()))
      .map((n: NodeSingular) => ({ nodeId: n.id(), position: { ...n.position() } }));
    await this.run(incrementalLayout(fixed, false), 'fcose');
  }

  /**
   * Brings a node and its neighbours into view after an expansion: pans, and zooms out only
   * when they do not fit (never zooms in, so the analyst keeps their bearings).
   */
  private reveal(id: string): void {
    const cy = this.core;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const bb = node.closedNeighborhood().boundingBox({});
    const ext = cy.extent();
    if (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2) return;
    const pad = 50;
    const fitZoom = Math.min(
      (cy.width() - 2 * pad) / Math.max(bb.w, 1),
      (cy.height() - 2 * pad) / Math.max(bb.h, 1),
    );
    const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fitZoom));
    const pan = {
      x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
      y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2),
    };
    cy.animate({ zoom, pan }, { duration: 450, easing: 'ease-in-out-cubic' });
  }

  private seedPositions(
    nodes: ElementDefinition[],
    edges: ElementDefinition[],
    existing: ReadonlySet<string>,
    anchorId: string | undefined,
  ): Map<string, Position> {
    const cy = this.core;
    if (existing.size === 0) return new Map();
    const bb = cy.nodes().boundingBox({});
    const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    const placed = new Map<string, Position>();
    cy.nodes().forEach((n) => {
      if (existing.has(n.id())) placed.set(n.id(), { ...n.position() });
    });
    // All edges among the next graph's nodes, so new nodes can hang off each other too.
    const links = [
      ...cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    ];
    for (const e of edges)
      links.push({ source: e.data.source as string, target: e.data.target as string });
    return seedPositions(
      nodes.map((n) => n.data.id ?? ''),
      links,
      placed,
      centre,
      anchorId,
    );
  }

  // ---- layouts ------------------------------------------------------------------------------

  setLayout(name: LayoutName, context: LayoutContext = {}): void {
    this.layoutName = name;
    this.layoutContext = context;
  }

  get currentLayout(): LayoutName {
    return this.layoutName;
  }

  /** Lays the whole graph out with the chosen layout (fCoSE → a worker for large views). */
  runLayout(animate = true): Promise<void> {
    this.stopLayout();
    const cy = this.core;
    const large = cy.elements().length > LARGE_VIEW;
    const anim = animate && !large;
    switch (this.layoutName) {
      case 'fcose':
        return large ? this.runWorker(false) : this.run(initialLayout(anim), 'fcose');
      case 'concentric': {
        const levels = this.layoutContext.levels ?? degreeLevels(cy);
        return this.run(concentricLayout(levels, anim), 'concentric');
      }
      case 'breadthfirst': {
        const rootId = this.layoutContext.root;
        const root =
          rootId !== undefined && this.has(rootId)
            ? cy.getElementById(rootId)
            : cy.nodes().max((n) => n.degree(false)).ele;
        return this.run(breadthfirstLayout(root, anim), 'breadthfirst');
      }
      case 'grid':
        return this.run(gridLayout(anim), 'grid');
    }
  }

  /** ForceAtlas2 in a Web Worker, then drawn as a `preset` layout. */
  private async runWorker(keep: boolean): Promise<void> {
    const cy = this.core;
    const started = performance.now();
    const ids = cy.nodes().map((n) => n.id());
    const positions = new Map<string, Position>();
    if (keep) cy.nodes().forEach((n) => void positions.set(n.id(), { ...n.position() }));
    const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    // Only previously placed nodes are fixed: callers pass `keep` after adding new ones, whose
    // seeded positions are starting points, not constraints.
    const placed = keep ? this.placedBefore(positions) : undefined;
    const result = await workerLayout({ ids, edges, positions: placed, keep });
    if (this.core !== cy) return;
    await this.run(
      {
        name: 'preset',
        positions: (n: NodeSingular) => result.get(n.id()) ?? n.position(),
        fit: !keep,
        padding: 40,
        animate: false,
      } as Parameters<Core['layout']>[0],
      'preset',
    );
    this.lastLayout = { name: 'forceatlas2', worker: true, ms: performance.now() - started };
  }

  private placedBefore(all: Map<string, Position>): Map<string, Position> {
    const out = new Map<string, Position>();
    this.core.nodes().forEach((n) => {
      if (n.scratch('_relataPlaced') === true) {
        const p = all.get(n.id());
        if (p !== undefined) out.set(n.id(), p);
      }
    });
    return out;
  }

  private run(options: Parameters<Core['layout']>[0], name: string): Promise<void> {
    const started = performance.now();
    return new Promise((resolve) => {
      const layout = this.core.layout(options);
      this.layout = layout;
      layout.one('layoutstop', () => {
        if (this.layout === layout) this.layout = null;
        this.core.nodes().forEach((n) => void n.scratch('_relataPlaced', true));
        if (name !== 'preset')
          this.lastLayout = { name, worker: false, ms: performance.now() - started };
        resolve();
      });
      layout.run();
    });
  }

  private stopLayout(): void {
    this.layout?.stop();
    this.layout = null;
  }

  relayout(): Promise<void> {
    return this.runLayout(true);
  }

  // ---- decorations: metrics, paths ----------------------------------------------------------

  /** Node sizes by a metric and colours by community (null: back to kind styling). */
  setMetricDecoration(d: MetricDecoration): void {
    this.metricDecoration = d;
    this.redecorate();
  }

  /** Highlights a path (and, lighter, the other listed paths); the rest dims. Null clears. */
  setPathDecoration(h: PathHighlight | null): void {
    this.pathDecoration = h;
    this.redecorate();
  }

  private redecorate(): void {
    const cy = this.core;
    const { sizes, colors } = this.metricDecoration;
    const path = this.pathDecoration;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const size = sizes?.get(n.id());
        if (size !== undefined) {
          n.data('msize', size);
          n.addClass('metric-sized');
        } else n.removeClass('metric-sized');
        const color = colors?.get(n.id());
        if (color !== undefined) {
          n.data('ccolor', color);
          n.addClass('community');
        } else n.removeClass('community');
      });
      cy.elements().removeClass('path-on path-alt path-dim path-end');
      if (path !== null && path.nodes.size > 0) {
        cy.elements().forEach((ele) => {
          const id = ele.id();
          const isNode = ele.isNode();
          if (isNode ? path.nodes.has(id) : path.edges.has(id)) ele.addClass('path-on');
          else if (isNode ? path.otherNodes.has(id) : path.otherEdges.has(id))
            ele.addClass('path-alt');
          else ele.addClass('path-dim');
        });
      }
    });
  }

  /** Fits the highlighted path into view. */
  fitPath(): void {
    const on = this.core.$('.path-on');
    if (on.empty()) return;
    this.core.stop();
    this.core.animate({ fit: { eles: on, padding: 80 } }, { duration: 400 });
  }

  // ---- selection & viewport -----------------------------------------------------------------

  /** Selects a node or edge (fires the select handlers) and brings it into view. */
  select(id: string, opts: { focus?: boolean; silent?: boolean } = {}): boolean {
    const ele = this.core.getElementById(id);
    if (ele.empty()) return false;
    const wasSelected = ele.selected();
    this.core.elements(':selected').not(ele).unselect();
    if (wasSelected) {
      this.highlight(ele);
      if (opts.silent !== true) {
        if (ele.isNode()) this.handlers.onSelectNode(id);
        else this.handlers.onSelectEdge(id);
      }
    } else if (opts.silent === true) {
      // Select without firing the handlers: used when restoring a view.
      this.silent = true;
      try {
        ele.select();
      } finally {
        this.silent = false;
      }
    } else ele.select();
    if (opts.focus === true) this.focus(id);
    return true;
  }

  selectedId(): string | null {
    const s = this.core.$(':selected');
    return s.nonempty() ? s.first().id() : null;
  }

  /** Selects the next/previous actor in reading order (keyboard navigation). */
  selectAdjacent(delta: 1 | -1): string | null {
    const nodes = this.core
      .nodes()
      .toArray()
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
    if (nodes.length === 0) return null;
    const current = this.core.$('node:selected');
    const currentId = current.nonempty() ? current.first().id() : null;
    let i = currentId === null ? -1 : nodes.findIndex((n) => n.id() === currentId);
    i = i < 0 ? (delta > 0 ? 0 : nodes.length - 1) : (i + delta + nodes.length) % nodes.length;
    const next = nodes[i];
    if (next === undefined) return null;
    this.select(next.id(), { focus: true });
    return next.id();
  }

  unselect(): void {
    this.core.elements(':selected').unselect();
    this.clearHighlight();
  }

  focus(id: string): void {
    const ele = this.core.getElementById(id);
    if (ele.empty()) return;
    const zoom = Math.min(1.6, Math.max(this.core.zoom(), 1.05));
    this.core.stop();
    this.core.animate(
      { center: { eles: ele }, zoom },
      { duration: 450, easing: 'ease-in-out-cubic' },
    );
    if (ele.isNode()) {
      ele.addClass('flash');
      setTimeout(() => ele.removeClass('flash'), 1400);
    }
  }

  /** Fades everything but a node's neighbourhood, or an edge and its two ends. */
  private highlight(ele: NodeSingular | EdgeSingular): void {
    const cy = this.core;
    const hood = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    // An edge keeps more context visible than a node's neighbourhood does.
    const fade = ele.isNode() ? 'faded' : 'dimmed';
    cy.batch(() => {
      cy.elements().removeClass('highlight faded dimmed');
      cy.elements().not(hood).addClass(fade);
      hood.edges().addClass('highlight');
    });
  }

  private clearHighlight(): void {
    this.core.elements().removeClass('highlight faded dimmed');
  }

  fit(): void {
    this.core.stop();
    this.core.animate({ fit: { eles: this.core.elements(), padding: 40 } }, { duration: 350 });
  }

  zoomBy(factor: number): void {
    const cy = this.core;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.stop();
    cy.animate(
      { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
      { duration: 200 },
    );
  }

  clear(): void {
    this.stopLayout();
    this.core.elements().remove();
    this.updateCounts();
  }

  // ---- images -------------------------------------------------------------------------------

  /** The whole graph as a PNG (2× scale, white background). */
  png(): Blob {
    return this.core.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' });
  }

  /** The whole graph as SVG text (cytoscape-svg, loaded on first use). */
  async svg(): Promise<string> {
    const mod = await import('cytoscape-svg');
    const cy = this.core as Core & { svg?: (o: object) => string };
    if (typeof cy.svg !== 'function') cytoscape.use(mod.default);
    return (this.core as Core & { svg: (o: object) => string }).svg({
      full: true,
      scale: 1,
      bg: '#ffffff',
    });
  }
}

/** Concentric levels by degree when no metric is chosen. */
const degreeLevels = (cy: Core): Map<string, number> => {
  const out = new Map<string, number>();
  cy.nodes().forEach((n) => void out.set(n.id(), n.degree(false)));
  return concentricLevels(out);
};
