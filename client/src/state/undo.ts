/** Undo/redo stack (pure): each entry is one user step, with the state before and after it. */

export interface Step<T> {
  /** What the step did, for the buttons' titles ("Undo expand Iran"). */
  label: string;
  before: T;
  after: T;
}

export class UndoStack<T> {
  private done: Step<T>[] = [];
  private undone: Step<T>[] = [];

  constructor(private readonly limit = 100) {}

  /** Records a step; a new step clears what could be redone. */
  push(step: Step<T>): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The step to revert (its `before` is the state to go back to), or null. */
  undo(): Step<T> | null {
    const step = this.done.pop();
    if (step === undefined) return null;
    this.undone.push(step);
    return step;
  }

  /** The step to re-apply (its `after` is the state to go to), or null. */
  redo(): Step<T> | null {
    const step = this.undone.pop();
    if (step === undefined) return null;
    this.done.push(step);
    return step;
  }

  /** Drops the last step without moving it to redo (a step that could not be carried out). */
  discard(): Step<T> | null {
    return this.done.pop() ?? null;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of the step undo would revert. */
  get undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
