/** The Export menu button: server formats and images, as an ARIA menu. */
import { h } from './dom';
import { EXPORT_ITEMS, type ExportFormat } from './export';

export class ExportMenu {
  private readonly items: HTMLButtonElement[];

  constructor(
    private readonly button: HTMLButtonElement,
    private readonly menu: HTMLElement,
    private readonly onChoose: (f: ExportFormat) => void,
  ) {
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', 'Export the current view');
    this.items = EXPORT_ITEMS.map((item) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          className: 'menu-item',
          tabindex: -1,
          'data-format': item.format,
          'data-testid': `export-${item.format}`,
          onclick: () => {
            this.close();
            this.button.focus();
            this.onChoose(item.format);
          },
        },
        h('span', { className: 'menu-label' }, item.label),
        h('span', { className: 'menu-hint' }, item.hint),
      ),
    );
    const separatorAt = EXPORT_ITEMS.findIndex((i) => i.format === 'png');
    menu.replaceChildren(
      h(
        'div',
        { className: 'menu-heading', role: 'presentation' },
        'Data (the view, via the server)',
      ),
      ...this.items.slice(0, separatorAt),
      h('div', { className: 'menu-heading', role: 'presentation' }, 'Image of the graph'),
      ...this.items.slice(separatorAt),
    );
    button.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    button.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.open(e.key === 'ArrowUp' ? this.items.length - 1 : 0);
      }
    });
    menu.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('click', (e) => {
      const t = e.target as Node;
      if (this.isOpen && !menu.contains(t) && !button.contains(t)) this.close();
    });
  }

  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  open(focusIndex = 0): void {
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.items[focusIndex]?.focus();
  }

  close(): void {
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  private onKey(e: KeyboardEvent): void {
    const i = this.items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => this.items[(to + this.items.length) % this.items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        move(i + 1);
        break;
      case 'ArrowUp':
        move(i - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(this.items.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        this.close();
        if (e.key === 'Escape') this.button.focus();
        if (e.key === 'Tab') return;
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  }
}
