// Whether a mouse button or finger is down right now. A field that changes its layout the moment
// it loses focus moves whatever was pressed before the press is released, and that click is lost
// (the "validation message on blur eats the submit click" problem). The element waits for the
// release before it reacts to leaving the field.
let down = false;
let watching = false;

/** Starts following presses on the page; the first element calls it, later calls do nothing. */
export function watchPresses(): void {
  if (watching) return;
  watching = true;
  addEventListener('pointerdown', () => (down = true), true);
  addEventListener('pointerup', () => (down = false), true);
  addEventListener('pointercancel', () => (down = false), true);
}

/** Runs `task` now, or just after the press in progress is released and its click delivered. */
export function afterPress(task: () => void): void {
  if (!down) return task();
  addEventListener('pointerup', () => setTimeout(task), { capture: true, once: true });
}
