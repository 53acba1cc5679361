import { describe, expect, it } from 'vitest';
import { isMacPlatform, shortcutFor, shortcutHelp } from './shortcuts';

const key = (
  k: string,
  o: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: o.ctrl ?? false,
  metaKey: o.meta ?? false,
  shiftKey: o.shift ?? false,
  altKey: o.alt ?? false,
});

describe('shortcuts', () => {
  it('maps Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) to undo and redo', () => {
    expect(shortcutFor(key('z', { ctrl: true }), false, false)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrl: true, shift: true }), false, false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrl: true }), false, false)).toBe('redo');
    expect(shortcutFor(key('z', { meta: true }), true, false)).toBe('undo');
    expect(shortcutFor(key('z', { meta: true, shift: true }), true, false)).toBe('redo');
    expect(shortcutFor(key('z', { ctrl: true }), true, false)).toBeNull();
    // Text fields keep their own undo.
    expect(shortcutFor(key('z', { ctrl: true }), false, true)).toBeNull();
  });

  it('maps single keys, but not while typing', () => {
    expect(shortcutFor(key('?', { shift: true }), false, false)).toBe('help');
    expect(shortcutFor(key('/'), false, false)).toBe('search');
    expect(shortcutFor(key('H', { shift: true }), false, false)).toBe('hide');
    expect(shortcutFor(key('ArrowRight'), false, false)).toBe('next');
    expect(shortcutFor(key('Enter'), false, false)).toBe('expand');
    expect(shortcutFor(key('p'), false, true)).toBeNull();
    expect(shortcutFor(key('Escape'), false, true)).toBe('escape');
    expect(shortcutFor(key('p', { alt: true }), false, false)).toBeNull();
    expect(shortcutFor(key('q'), false, false)).toBeNull();
  });

  it('detects macOS and lists the platform modifier in the help', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
    const rows = shortcutHelp(true).flatMap((g) => g.rows);
    expect(rows.find((r) => r.action.startsWith('Undo'))?.keys).toEqual(['⌘', 'Z']);
    expect(
      shortcutHelp(false)
        .flatMap((g) => g.rows)
        .find((r) => r.action === 'Redo')?.keys,
    ).toEqual(['Ctrl', 'Shift', 'Z']);
  });
});
