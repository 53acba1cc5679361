/** The keyboard help overlay (opened with `?`): a modal <dialog> listing the shortcuts. */
import { h } from './dom';
import { shortcutHelp } from './shortcuts';

export const renderHelp = (dialog: HTMLDialogElement, mac: boolean): void => {
  dialog.replaceChildren(
    h(
      'div',
      { className: 'help-head' },
      h('h2', { id: 'help-title' }, 'Keyboard shortcuts'),
      h(
        'button',
        {
          type: 'button',
          className: 'notice-close',
          'aria-label': 'Close help',
          onclick: () => dialog.close(),
        },
        '×',
      ),
    ),
    h(
      'div',
      { className: 'help-body' },
      shortcutHelp(mac).map((g) =>
        h(
          'section',
          { className: 'help-group' },
          h('h3', { className: 'legend-title' }, g.group),
          h(
            'table',
            { className: 'help-table' },
            h(
              'tbody',
              {},
              g.rows.map((r) =>
                h(
                  'tr',
                  {},
                  h(
                    'td',
                    { className: 'help-keys' },
                    r.keys.flatMap((k, i) => [i > 0 ? ' ' : null, h('kbd', {}, k)]),
                  ),
                  h('td', {}, r.action),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { className: 'muted small help-foot' },
      'Every step is in the address bar: copy the URL to share this exact view.',
    ),
  );
  dialog.setAttribute('aria-labelledby', 'help-title');
};
