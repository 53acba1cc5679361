/**
 * The time bar: a two-handle month slider over the dates of the data shown, a Play button that
 * slides the window, and a note that undated claims drop out while a window is set.
 */
import { h } from './dom';
import {
  clampMonth,
  monthLabel,
  playNext,
  playStart,
  playStep,
  windowFromMonths,
  windowLabel,
  windowMonths,
  type MonthRange,
  type TimeWindow,
} from './time';

export interface TimeBarHandlers {
  /** A window chosen by the analyst (`final` false while dragging). */
  onWindow(w: TimeWindow | null, final: boolean): void;
  /** Play moved the window (resolves when the graph shows it). */
  onPlayFrame(w: TimeWindow): Promise<void>;
  onPlayStop(): void;
}

/** Delay between Play frames (after the graph has caught up). */
export const PLAY_FRAME_MS = 700;

export class TimeBar {
  private domain: MonthRange | null = null;
  private window: TimeWindow | null = null;
  private playing = false;
  private readonly startInput: HTMLInputElement;
  private readonly endInput: HTMLInputElement;
  private readonly label: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly note: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly scaleStart: HTMLElement;
  private readonly scaleEnd: HTMLElement;
  private dragTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly root: HTMLElement,
    private readonly handlers: TimeBarHandlers,
  ) {
    const range = (id: string, label: string) =>
      h('input', {
        type: 'range',
        id,
        className: 'time-range',
        min: 0,
        max: 1,
        step: 1,
        value: 0,
        'aria-label': label,
        'data-testid': id,
      });
    this.startInput = range('time-start', 'Window start month');
    this.endInput = range('time-end', 'Window end month');
    this.label = h('output', { className: 'time-label', id: 'time-label', 'aria-live': 'polite' });
    this.playButton = h(
      'button',
      {
        type: 'button',
        className: 'btn btn-small time-play',
        id: 'time-play',
        'aria-label': 'Play: slide the time window',
        'data-testid': 'time-play',
      },
      '▶ Play',
    );
    this.clearButton = h(
      'button',
      {
        type: 'button',
        className: 'btn btn-small',
        id: 'time-clear',
        'aria-label': 'Clear the time window (all dates)',
        title: 'Show all dates again',
      },
      'Clear',
    );
    this.note = h('p', { className: 'time-note', id: 'time-note' });
    this.fill = h('span', { className: 'time-fill', 'aria-hidden': 'true' });
    this.scaleStart = h('span', { className: 'time-scale-start' });
    this.scaleEnd = h('span', { className: 'time-scale-end' });
    root.replaceChildren(
      h(
        'div',
        { className: 'time-row' },
        this.playButton,
        h(
          'div',
          { className: 'time-slider' },
          h('span', { className: 'time-track', 'aria-hidden': 'true' }, this.fill),
          this.startInput,
          this.endInput,
          h(
            'div',
            { className: 'time-scale', 'aria-hidden': 'true' },
            this.scaleStart,
            this.scaleEnd,
          ),
        ),
        this.label,
        this.clearButton,
      ),
      this.note,
    );
    const onInput = (which: 'start' | 'end') => {
      if (this.domain === null) return;
      this.stop();
      let a = Number(this.startInput.value);
      let b = Number(this.endInput.value);
      if (a > b) {
        // Handles cannot cross: push the other one along.
        if (which === 'start') b = a;
        else a = b;
        this.startInput.value = String(a);
        this.endInput.value = String(b);
      }
      this.window = windowFromMonths(a, b, this.domain);
      this.paint();
      clearTimeout(this.dragTimer);
      this.dragTimer = setTimeout(() => this.handlers.onWindow(this.window, false), 250);
    };
    this.startInput.addEventListener('input', () => onInput('start'));
    this.endInput.addEventListener('input', () => onInput('end'));
    const onChange = () => {
      clearTimeout(this.dragTimer);
      this.handlers.onWindow(this.window, true);
    };
    this.startInput.addEventListener('change', onChange);
    this.endInput.addEventListener('change', onChange);
    this.playButton.addEventListener('click', () =>
      this.playing ? this.stop() : void this.play(),
    );
    this.clearButton.addEventListener('click', () => {
      this.stop();
      this.window = null;
      this.paint();
      this.handlers.onWindow(null, true);
    });
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** Shows the domain (from the data) and the current window (from the view state). */
  set(
    domain: MonthRange | null,
    window: TimeWindow | null,
    undated: { undated: number; total: number } | null,
  ): void {
    this.domain = domain;
    if (!this.playing) this.window = window;
    const disabled = domain === null;
    for (const input of [this.startInput, this.endInput]) {
      input.disabled = disabled;
      input.min = String(domain?.min ?? 0);
      input.max = String(domain?.max ?? 1);
    }
    this.playButton.disabled = disabled || (domain !== null && domain.max === domain.min);
    this.clearButton.disabled = this.window === null;
    this.scaleStart.textContent = domain === null ? '' : monthLabel(domain.min);
    this.scaleEnd.textContent = domain === null ? '' : monthLabel(domain.max);
    this.paint();
    const parts: string[] = [];
    if (domain === null) parts.push('No dated claims in this view.');
    if (this.window !== null)
      parts.push(
        'Undated claims are hidden while a time window is set' +
          (undated !== null && undated.total > 0
            ? ` (${undated.undated} of ${undated.total} relationships in the view have no date).`
            : '.'),
      );
    else if (undated !== null && undated.undated > 0)
      parts.push(
        `${undated.undated} of ${undated.total} relationships have no dated claim: setting a window hides them.`,
      );
    this.note.textContent = parts.join(' ');
  }

  private paint(): void {
    const d = this.domain;
    const m = this.window === null ? null : windowMonths(this.window);
    const lo = d === null ? 0 : m === null ? d.min : clampMonth(m.min, d);
    const hi = d === null ? 1 : m === null ? d.max : clampMonth(m.max, d);
    this.startInput.value = String(lo);
    this.endInput.value = String(hi);
    this.startInput.setAttribute('aria-valuetext', d === null ? 'no dates' : monthLabel(lo));
    this.endInput.setAttribute('aria-valuetext', d === null ? 'no dates' : monthLabel(hi));
    this.label.textContent = this.window === null ? 'All dates' : windowLabel(this.window);
    this.root.dataset.window = this.window === null ? '' : `${this.window.from}~${this.window.to}`;
    this.clearButton.disabled = this.window === null;
    if (d !== null && d.max > d.min) {
      const span = d.max - d.min;
      this.fill.style.left = `${((lo - d.min) / span) * 100}%`;
      this.fill.style.width = `${((hi - lo) / span) * 100}%`;
    } else {
      this.fill.style.left = '0';
      this.fill.style.width = '100%';
    }
  }

  /** Slides the window across the domain, one step per frame, until the end or Stop. */
  async play(): Promise<void> {
    const d = this.domain;
    if (d === null || this.playing) return;
    this.playing = true;
    this.root.dataset.playing = 'true';
    this.playButton.textContent = '❚❚ Stop';
    this.playButton.setAttribute('aria-label', 'Stop playing');
    const step = playStep(d);
    let w: MonthRange | null = playStart(d, this.window);
    try {
      while (this.playing && w !== null) {
        this.window = windowFromMonths(w.min, w.max, d);
        this.paint();
        await this.handlers.onPlayFrame(this.window);
        await new Promise((r) => setTimeout(r, PLAY_FRAME_MS));
        w = playNext(d, w, step);
      }
    } finally {
      this.playing = false;
      delete this.root.dataset.playing;
      this.playButton.textContent = '▶ Play';
      this.playButton.setAttribute('aria-label', 'Play: slide the time window');
      this.handlers.onPlayStop();
    }
  }

  stop(): void {
    if (!this.playing) return;
    this.playing = false;
  }
}
