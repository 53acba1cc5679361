/** Keyboard shortcuts (pure): which action a key press means, and the list for the help overlay. */

export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'help'
  | 'search'
  | 'filters'
  | 'paths'
  | 'time'
  | 'metrics'
  | 'contested'
  | 'export'
  | 'layout'
  | 'hide'
  | 'expand'
  | 'fit'
  | 'zoomIn'
  | 'zoomOut'
  | 'next'
  | 'previous'
  | 'escape';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** macOS uses ⌘ where other systems use Ctrl. */
export const isMacPlatform = (platform: string): boolean => /Mac|iPhone|iPad|iPod/i.test(platform);

/**
 * The action for a key press. `typing` is true when focus is in a text field: then only the
 * modifier shortcuts (undo/redo) apply, and only when the field is not a text input (so the
 * browser's own text undo keeps working there).
 */
export const shortcutFor = (e: KeyLike, mac: boolean, typing: boolean): ShortcutAction | null => {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (typing) return null;
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !mac) return 'redo';
    return null;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return 'escape';
  if (typing) return null;
  switch (e.key) {
    case '?':
      return 'help';
    case '/':
      return 'search';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'fit';
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'expand';
    case 'Delete':
    case 'Backspace':
      return 'hide';
    default:
  }
  switch (key) {
    case 'f':
      return 'filters';
    case 'p':
      return 'paths';
    case 't':
      return 'time';
    case 'm':
      return 'metrics';
    case 'c':
      return 'contested';
    case 'e':
      return 'export';
    case 'l':
      return 'layout';
    case 'h':
      return 'hide';
    case 'x':
      return 'expand';
    default:
      return null;
  }
};

/** Shortcut actions that only make sense with the graph focused (they would hijack lists). */
export const GRAPH_ONLY: ReadonlySet<ShortcutAction> = new Set([
  'next',
  'previous',
  'expand',
  'hide',
]);

export interface ShortcutHelp {
  keys: string[];
  action: string;
}

/** Rows of the help overlay, with the platform's modifier key. */
export const shortcutHelp = (mac: boolean): { group: string; rows: ShortcutHelp[] }[] => {
  const mod = mac ? '⌘' : 'Ctrl';
  return [
    {
      group: 'Anywhere',
      rows: [
        { keys: ['?'], action: 'Show this help' },
        { keys: ['/'], action: 'Search actors' },
        { keys: [mod, 'Z'], action: 'Undo (expand, hide, filter, time window)' },
        { keys: [mod, 'Shift', 'Z'], action: 'Redo' },
        { keys: ['F'], action: 'Filters' },
        { keys: ['P'], action: 'Find paths between two actors' },
        { keys: ['T'], action: 'Time window' },
        { keys: ['M'], action: 'Metrics: size and colour' },
        { keys: ['C'], action: 'Contested view on/off' },
        { keys: ['L'], action: 'Layout menu' },
        { keys: ['E'], action: 'Export menu' },
        { keys: ['Esc'], action: 'Close a menu, clear the selection' },
      ],
    },
    {
      group: 'Graph (when focused)',
      rows: [
        { keys: ['→', '↓'], action: 'Select the next actor' },
        { keys: ['←', '↑'], action: 'Select the previous actor' },
        { keys: ['Enter'], action: 'Expand the selected actor' },
        { keys: ['H'], action: 'Hide the selected actor' },
        { keys: ['+', '−'], action: 'Zoom in / out' },
        { keys: ['0'], action: 'Fit the graph' },
      ],
    },
    {
      group: 'Mouse',
      rows: [
        { keys: ['Click'], action: 'Details of an actor or relationship' },
        { keys: ['Double-click'], action: 'Expand an actor' },
        { keys: ['Back'], action: 'The browser’s back button undoes a step too' },
      ],
    },
  ];
};
