/** Helpers for the pane's single-key shortcuts: they must never steal keys from a field being typed in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.getAttribute('role') === 'combobox';
}

/** Elements where Enter already has a meaning of its own (a button clicks, a link follows, a tab selects). */
export function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  const role = target.getAttribute('role');
  return (
    tag === 'BUTTON' || tag === 'A' || role === 'button' || role === 'tab' || role === 'gridcell' || role === 'link'
  );
}
