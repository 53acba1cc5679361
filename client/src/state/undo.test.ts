import { describe, expect, it } from 'vitest';
import { UndoStack } from './undo';

describe('UndoStack', () => {
  it('undoes and redoes steps in order', () => {
    const u = new UndoStack<number>();
    expect(u.canUndo).toBe(false);
    expect(u.undo()).toBeNull();
    u.push({ label: 'expand Iran', before: 0, after: 1 });
    u.push({ label: 'hide NATO', before: 1, after: 2 });
    expect(u.undoLabel).toBe('hide NATO');
    expect(u.undo()?.before).toBe(1);
    expect(u.canRedo).toBe(true);
    expect(u.redoLabel).toBe('hide NATO');
    expect(u.undo()?.before).toBe(0);
    expect(u.canUndo).toBe(false);
    expect(u.redo()?.after).toBe(1);
    expect(u.redo()?.after).toBe(2);
    expect(u.redo()).toBeNull();
  });

  it('forgets the redo branch when a new step is taken', () => {
    const u = new UndoStack<string>();
    u.push({ label: 'a', before: '0', after: 'a' });
    u.push({ label: 'b', before: 'a', after: 'b' });
    u.undo();
    u.push({ label: 'c', before: 'a', after: 'c' });
    expect(u.canRedo).toBe(false);
    expect(u.undo()?.label).toBe('c');
    expect(u.undo()?.label).toBe('a');
  });

  it('caps its length and can drop a step that was not carried out', () => {
    const u = new UndoStack<number>(3);
    for (let i = 0; i < 5; i++) u.push({ label: String(i), before: i, after: i + 1 });
    expect(u.discard()?.label).toBe('4');
    expect(u.canRedo).toBe(false);
    expect([u.undo()?.label, u.undo()?.label, u.undo()]).toEqual(['3', '2', null]);
    u.clear();
    expect(u.canUndo || u.canRedo).toBe(false);
  });
});
