/** The Cytoscape stylesheet: nodes by kind, edges by predicate, status shown by line style. */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import { ACTOR_KINDS } from '../model';
import { ALL_PREDICATES, AXIS_STYLE, KIND_STYLE, PREDICATE_COLOR } from './palette';

/** On-screen label size we try to keep, whatever the zoom. */
export const MIN_SCREEN_FONT_PX = 12;
export const BASE_FONT = 13;
export const MAX_FONT = 30;

/**
 * Label font size in model units for a zoom level, so labels stay legible when zoomed out
 * (rounded to 0.5 so zooming does not restyle on every frame).
 */
export const fontSizeForZoom = (zoom: number): number => {
  if (!Number.isFinite(zoom) || zoom <= 0) return BASE_FONT;
  const wanted = Math.max(BASE_FONT, MIN_SCREEN_FONT_PX / zoom);
  return Math.round(Math.min(MAX_FONT, wanted) * 2) / 2;
};

const UI_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

export const buildStylesheet = (fontSize: number = BASE_FONT): StylesheetJson => {
  const scale = fontSize / BASE_FONT;
  const blocks: StylesheetStyle[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': UI_FONT,
        'font-size': fontSize,
        'font-weight': 500,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4 * scale,
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(130 * scale)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.82,
        'text-background-padding': `${Math.round(2 * scale)}px`,
        'text-background-shape': 'roundrectangle',
        'text-outline-color': '#ffffff',
        'text-outline-width': 0,
        // Labels too small to read are not drawn (saves most of the cost on large views).
        'min-zoomed-font-size': 7,
        'border-width': 2,
        'border-opacity': 1,
        'overlay-opacity': 0,
        'transition-property': 'opacity, border-width, border-color',
        'transition-duration': 150,
      },
    },
  ];
  for (const kind of ACTOR_KINDS) {
    const k = KIND_STYLE[kind];
    blocks.push({
      selector: `node.kind-${kind.toLowerCase()}`,
      style: {
        shape: k.shape,
        'background-color': k.color,
        'border-color': k.border,
        width: k.size,
        height: k.size,
      },
    });
  }
  blocks.push(
    {
      selector: 'node.axis',
      style: {
        width: AXIS_STYLE.size,
        height: AXIS_STYLE.size,
        'border-width': 5,
        'border-color': AXIS_STYLE.ring,
        'underlay-color': AXIS_STYLE.glow,
        'underlay-padding': 9,
        'underlay-opacity': 0.22,
        'underlay-shape': 'ellipse',
        'font-size': fontSize * 1.25,
        'font-weight': 700,
        'text-margin-y': 6 * scale,
        'z-index': 20,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'control-point-step-size': 16,
        'line-color': '#94a3b8',
        'target-arrow-shape': 'none',
        'arrow-scale': 1.1,
        opacity: 0.78,
        'font-family': UI_FONT,
        'font-size': fontSize * 0.85,
        color: '#334155',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 7,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'overlay-opacity': 0,
        'z-index': 1,
        'transition-property': 'opacity, width',
        'transition-duration': 150,
      },
    },
  );
  for (const p of ALL_PREDICATES) {
    blocks.push({
      selector: `edge[predicate = "${p}"]`,
      style: { 'line-color': PREDICATE_COLOR[p], 'target-arrow-color': PREDICATE_COLOR[p] },
    });
  }
  blocks.push(
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    {
      selector: 'edge.symmetric',
      style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' },
    },
    {
      selector: 'edge.contested',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 5] },
    },
    {
      selector: 'edge.denied-only, edge.speculative',
      style: { 'line-style': 'dotted', opacity: 0.42, 'line-dash-pattern': [2, 5] },
    },
    // Metric styling: size by a metric, colour by community (after kind/axis so it wins).
    {
      selector: 'node.metric-sized',
      style: { width: 'data(msize)', height: 'data(msize)' },
    },
    {
      selector: 'node.community',
      style: {
        'background-color': 'data(ccolor)',
        'border-color': '#1f2937',
        'border-opacity': 0.55,
      },
    },
    {
      selector: 'node.community.axis',
      style: { 'border-color': AXIS_STYLE.ring, 'border-opacity': 1 },
    },
    // Interaction states.
    { selector: 'node.faded', style: { opacity: 0.22, 'text-opacity': 0.35 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'node.dimmed', style: { opacity: 0.5, 'text-opacity': 0.6 } },
    { selector: 'edge.dimmed', style: { opacity: 0.22 } },
    {
      selector: 'edge.highlight',
      style: { opacity: 0.95, 'z-index': 10 },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 6,
        'border-color': '#f59e0b',
        'underlay-color': '#f59e0b',
        'underlay-padding': 10,
        'underlay-opacity': 0.35,
        'z-index': 30,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        width: 'mapData(width, 0, 7, 4, 9)',
        label: 'data(label)',
        'font-weight': 700,
        'underlay-color': '#f59e0b',
        'underlay-padding': 5,
        'underlay-opacity': 0.4,
        'z-index': 40,
      },
    },
    // Paths: the chosen path stands out, other listed paths stay visible, the rest dims.
    { selector: 'node.path-dim', style: { opacity: 0.14, 'text-opacity': 0.2 } },
    { selector: 'edge.path-dim', style: { opacity: 0.05 } },
    { selector: 'node.path-alt', style: { opacity: 0.6, 'text-opacity': 0.75 } },
    { selector: 'edge.path-alt', style: { opacity: 0.38, 'line-style': 'dashed' } },
    {
      selector: 'node.path-on',
      style: {
        opacity: 1,
        'text-opacity': 1,
        'border-width': 5,
        'border-color': '#0f172a',
        'underlay-color': '#facc15',
        'underlay-padding': 12,
        'underlay-opacity': 0.55,
        'underlay-shape': 'ellipse',
        'font-weight': 700,
        'z-index': 45,
      },
    },
    {
      selector: 'edge.path-on',
      style: {
        opacity: 1,
        width: 'mapData(width, 0, 7, 5, 10)',
        label: 'data(label)',
        'font-weight': 700,
        'underlay-color': '#facc15',
        'underlay-padding': 6,
        'underlay-opacity': 0.6,
        'z-index': 44,
      },
    },
    { selector: 'node.hover', style: { 'border-width': 4, 'z-index': 25 } },
    { selector: 'edge.hover', style: { opacity: 1, label: 'data(label)', 'z-index': 35 } },
    {
      selector: 'node.flash',
      style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.5, 'underlay-padding': 16 },
    },
  );
  return blocks;
};
