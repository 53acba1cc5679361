/** Owns the Cytoscape instance: merging elements, layout, selection, viewport, counts. */
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
import { diffElements } from './elements';
import { incrementalLayout, initialLayout, seedPositions } from './layout';
import { buildStylesheet, fontSizeForZoom } from './style';

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

export class GraphView {
  readonly cy: Core;
  private layout: Layouts | null = null;
  private fontSize = 0;
  private fontFrame = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      pixelRatio: 'auto',
    });
    this.bindEvents();
    this.updateCounts();
    // The pane changes size when the legend or the window does.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  private bindEvents(): void {
    const cy = this.cy;
    cy.on('add remove', () => this.updateCounts());
    cy.on('select', 'node', (e) => {
      const node = e.target as NodeSingular;
      this.highlight(node);
      this.handlers.onSelectNode(node.id());
    });
    cy.on('select', 'edge', (e) => {
      const edge = e.target as EdgeSingular;
      this.highlight(edge);
      this.handlers.onSelectEdge(edge.id());
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
    const size = fontSizeForZoom(this.cy.zoom());
    if (size === this.fontSize) return;
    this.fontSize = size;
    this.cy.style().fromJson(buildStylesheet(size)).update();
  }

  /** Keeps `data-node-count` / `data-edge-count` on the container current (used by automation). */
  updateCounts(): void {
    this.container.dataset.nodeCount = String(this.cy.nodes().length);
    this.container.dataset.edgeCount = String(this.cy.edges().length);
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  nodeName(id: string): string {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? String(n.data('label')) : id;
  }

  /** Makes the graph show exactly `elements`, keeping positions of elements that stay. */
  async apply(
    elements: readonly ElementDefinition[],
    opts: ApplyOptions = {},
  ): Promise<ApplyResult> {
    const cy = this.cy;
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
    cy.add(
      newNodes.map((n) => ({ ...n, position: positions.get(n.data.id ?? '') ?? { x: 0, y: 0 } })),
    );
    cy.add(newEdges);
    this.updateCounts();

    const result = {
      addedNodes: newNodes.length,
      addedEdges: newEdges.length,
      removed: diff.remove.length,
    };
    if (opts.relayout === true || wasEmpty) {
      await this.run(initialLayout(!wasEmpty));
    } else if (newNodes.length > 0) {
      const fixed = cy
        .nodes()
        .filter((n) => existingBefore.has(n.id()))
        .map((n: NodeSingular) => ({ nodeId: n.id(), position: { ...n.position() } }));
      await this.run(incrementalLayout(fixed, false));
      if (opts.anchorId !== undefined) this.reveal(opts.anchorId);
    }
    // Updated elements got their classes reset: restore the selection highlight.
    const selected = cy.$(':selected');
    if (selected.nonempty()) this.highlight(selected.first());
    this.updateFontSize();
    return result;
  }

  /**
   * Brings a node and its neighbours into view after an expansion: pans, and zooms out only
   * when they do not fit (never zooms in, so the analyst keeps their bearings).
   */
  private reveal(id: string): void {
    const cy = this.cy;
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
    const cy = this.cy;
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

  private run(options: Parameters<Core['layout']>[0]): Promise<void> {
    return new Promise((resolve) => {
      const layout = this.cy.layout(options);
      this.layout = layout;
      layout.one('layoutstop', () => {
        if (this.layout === layout) this.layout = null;
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
    this.stopLayout();
    return this.run(initialLayout(true));
  }

  /** Selects a node or edge (fires the select handlers) and brings it into view. */
  select(id: string, opts: { focus?: boolean } = {}): boolean {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return false;
    const wasSelected = ele.selected();
    this.cy.elements(':selected').not(ele).unselect();
    if (wasSelected) {
      this.highlight(ele);
      if (ele.isNode()) this.handlers.onSelectNode(id);
      else this.handlers.onSelectEdge(id);
    } else ele.select();
    if (opts.focus === true) this.focus(id);
    return true;
  }

  unselect(): void {
    this.cy.elements(':selected').unselect();
    this.clearHighlight();
  }

  focus(id: string): void {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    const zoom = Math.min(1.6, Math.max(this.cy.zoom(), 1.05));
    this.cy.stop();
    this.cy.animate(
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
    const cy = this.cy;
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
    this.cy.elements().removeClass('highlight faded dimmed');
  }

  fit(): void {
    this.cy.stop();
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 350 });
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.stop();
    cy.animate(
      { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
      { duration: 200 },
    );
  }

  clear(): void {
    this.stopLayout();
    this.cy.elements().remove();
    this.updateCounts();
  }
}
