/** Legend: actor kinds (shape + colour), relationship types (colour + arrow), line styles. */
import { h, svg } from './dom';
import {
  AXIS_STYLE,
  KIND_STYLE,
  PREDICATE_COLOR,
  predicateLabel,
  predicateSymmetric,
} from './graph/palette';
import type { NodeShape } from './graph/palette';
import { ACTOR_KINDS, type ActorKind, type Predicate } from './model';

const shapeSvg = (
  shape: NodeShape,
  s: number,
  fill: string,
  stroke: string,
  strokeWidth = 1.5,
): string => {
  const m = strokeWidth + 0.5;
  const c = s / 2;
  const attrs = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}" stroke-linejoin="round"`;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${c}" cy="${c}" r="${c - m}" ${attrs}/>`;
    case 'round-diamond':
      return `<polygon points="${c},${m} ${s - m},${c} ${c},${s - m} ${m},${c}" ${attrs}/>`;
    case 'round-rectangle':
      return `<rect x="${m}" y="${m}" width="${s - 2 * m}" height="${s - 2 * m}" rx="${s / 5}" ${attrs}/>`;
    case 'round-hexagon': {
      const r = c - m;
      const pts = [0, 1, 2, 3, 4, 5]
        .map((i) => {
          const a = (Math.PI / 3) * i;
          return `${(c + r * Math.cos(a)).toFixed(2)},${(c + r * Math.sin(a)).toFixed(2)}`;
        })
        .join(' ');
      return `<polygon points="${pts}" ${attrs}/>`;
    }
  }
};

export const kindGlyph = (kind: ActorKind, size = 18): SVGSVGElement => {
  const k = KIND_STYLE[kind];
  return svg(size, size, shapeSvg(k.shape, size, k.color, k.border));
};

export const axisGlyph = (size = 22): SVGSVGElement => {
  const c = size / 2;
  return svg(
    size,
    size,
    `<circle cx="${c}" cy="${c}" r="${c}" fill="${AXIS_STYLE.glow}" opacity="0.25"/>` +
      `<circle cx="${c}" cy="${c}" r="${c - 4}" fill="${KIND_STYLE.STATE.color}" stroke="${AXIS_STYLE.ring}" stroke-width="3"/>`,
  );
};

/** A short line in the predicate's colour, with an arrow head when the predicate is directed. */
export const predicateGlyph = (p: Predicate, width = 30): SVGSVGElement => {
  const color = PREDICATE_COLOR[p];
  const y = 6;
  const arrow = predicateSymmetric(p)
    ? ''
    : `<polygon points="${width - 1},${y} ${width - 8},${y - 4.5} ${width - 8},${y + 4.5}" fill="${color}"/>`;
  const end = predicateSymmetric(p) ? width - 1 : width - 7;
  return svg(
    width,
    12,
    `<line x1="1" y1="${y}" x2="${end}" y2="${y}" stroke="${color}" stroke-width="3" stroke-linecap="round"/>${arrow}`,
  );
};

const lineGlyph = (dash: string, opacity: number, width = 30): SVGSVGElement =>
  svg(
    width,
    12,
    `<line x1="1" y1="6" x2="${width - 1}" y2="6" stroke="#475569" stroke-width="3" ${dash} opacity="${opacity}"/>`,
  );

const widthGlyph = (width = 30): SVGSVGElement =>
  svg(
    width,
    12,
    `<polygon points="1,5 ${width - 1},2 ${width - 1},10 1,7" fill="#475569" opacity="0.9"/>`,
  );

export const renderLegend = (root: HTMLElement, predicates: readonly Predicate[]): void => {
  root.replaceChildren(
    h(
      'div',
      { className: 'legend-section' },
      h('h3', { className: 'legend-title' }, 'Actors'),
      h(
        'ul',
        { className: 'legend-list' },
        h('li', {}, axisGlyph(), 'Axis state'),
        ACTOR_KINDS.map((k) => h('li', {}, kindGlyph(k), KIND_STYLE[k].label)),
      ),
    ),
    h(
      'div',
      { className: 'legend-section' },
      h('h3', { className: 'legend-title' }, 'Relationships'),
      h(
        'ul',
        { className: 'legend-list legend-columns' },
        predicates.map((p) => h('li', {}, predicateGlyph(p, 26), predicateLabel(p))),
      ),
    ),
    h(
      'div',
      { className: 'legend-section' },
      h('h3', { className: 'legend-title' }, 'Evidence'),
      h(
        'ul',
        { className: 'legend-list' },
        h(
          'li',
          { title: 'Every claim is asserted or reported' },
          lineGlyph('', 0.9),
          'Asserted / reported',
        ),
        h(
          'li',
          { title: 'At least one claim is alleged or denied' },
          lineGlyph('stroke-dasharray="7 4"', 0.9),
          'Contested',
        ),
        h(
          'li',
          { title: 'Only denials (or, when shown, only hypothetical / negated claims)' },
          lineGlyph('stroke-dasharray="1.5 4" stroke-linecap="round"', 0.5),
          'Denied / hypothetical',
        ),
        h(
          'li',
          { title: 'Line width grows with the number of claims' },
          widthGlyph(),
          'More claims',
        ),
      ),
    ),
  );
};
