import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../../server/src/domain/predicates';
import { ACTOR_KINDS } from '../model';
import { KIND_STYLE, PREDICATE_COLOR, STATUS_STYLE } from './palette';
import { BASE_FONT, MAX_FONT, MIN_SCREEN_FONT_PX, buildStylesheet, fontSizeForZoom } from './style';

const block = (selector: string) => buildStylesheet().find((b) => b.selector === selector);
const styleOf = (selector: string): Record<string, unknown> =>
  (block(selector) as { style?: Record<string, unknown> } | undefined)?.style ?? {};

describe('palette', () => {
  it('gives every actor kind a distinct shape and colour', () => {
    const shapes = new Set(ACTOR_KINDS.map((k) => KIND_STYLE[k].shape));
    const colors = new Set(ACTOR_KINDS.map((k) => KIND_STYLE[k].color));
    expect(shapes.size).toBe(ACTOR_KINDS.length);
    expect(colors.size).toBe(ACTOR_KINDS.length);
  });

  it('gives every predicate a distinct colour', () => {
    expect(new Set(PREDICATES.map((p) => PREDICATE_COLOR[p])).size).toBe(PREDICATES.length);
  });

  it('gives every status a distinct badge colour', () => {
    const colors = Object.values(STATUS_STYLE).map((s) => s.color);
    expect(new Set(colors).size).toBe(colors.length);
  });
});

describe('buildStylesheet', () => {
  it('styles each kind with its shape and colour', () => {
    for (const k of ACTOR_KINDS) {
      expect(styleOf(`node.kind-${k.toLowerCase()}`)).toMatchObject({
        shape: KIND_STYLE[k].shape,
        'background-color': KIND_STYLE[k].color,
      });
    }
  });

  it('colours each predicate', () => {
    for (const p of PREDICATES) {
      expect(styleOf(`edge[predicate = "${p}"]`)['line-color']).toBe(PREDICATE_COLOR[p]);
    }
  });

  it('draws arrows only on directed edges', () => {
    expect(styleOf('edge')['target-arrow-shape']).toBe('none');
    expect(styleOf('edge.directed')['target-arrow-shape']).toBe('triangle');
    expect(styleOf('edge.symmetric')['target-arrow-shape']).toBe('none');
  });

  it('dashes contested edges and dots/fades denied-only ones', () => {
    expect(styleOf('edge.contested')['line-style']).toBe('dashed');
    const denied = styleOf('edge.denied-only, edge.speculative');
    expect(denied['line-style']).toBe('dotted');
    expect(denied.opacity).toBeLessThan(0.6);
  });

  it('emphasises axis states', () => {
    const axis = styleOf('node.axis');
    expect(axis.width).toBeGreaterThan(KIND_STYLE.STATE.size);
    expect(axis['border-width']).toBeGreaterThan(2);
    expect(axis['font-weight']).toBe(700);
  });

  it('keeps labels legible with a background', () => {
    const node = styleOf('node');
    expect(node.label).toBe('data(label)');
    expect(node['text-background-opacity']).toBeGreaterThan(0.5);
  });

  it('scales label size with the given font size', () => {
    const big = buildStylesheet(24).find((b) => b.selector === 'node') as unknown as {
      style: Record<string, unknown>;
    };
    expect(big.style['font-size']).toBe(24);
  });
});

describe('fontSizeForZoom', () => {
  it('uses the base size at and above 100%', () => {
    expect(fontSizeForZoom(1)).toBe(BASE_FONT);
    expect(fontSizeForZoom(3)).toBe(BASE_FONT);
  });

  it('grows labels when zoomed out so they stay readable on screen', () => {
    const z = 0.5;
    expect(fontSizeForZoom(z) * z).toBeGreaterThanOrEqual(MIN_SCREEN_FONT_PX - 0.25);
  });

  it('is capped and robust to bad input', () => {
    expect(fontSizeForZoom(0.01)).toBe(MAX_FONT);
    expect(fontSizeForZoom(0)).toBe(BASE_FONT);
    expect(fontSizeForZoom(Number.NaN)).toBe(BASE_FONT);
  });
});
