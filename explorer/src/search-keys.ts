/**
 * A search box's keyboard and focus behaviour: down arrow from the field into the results, up and
 * down between them, Enter takes the best match (searching first when typed faster than the
 * debounce), Escape closes, and the list closes when the focus leaves the field and its list.
 */
import { openList, resultButtons, search, type SearchBox } from './search-box.js';

function onFieldKey(box: SearchBox, event: KeyboardEvent): void {
  const { input, list } = box;
  if (event.key === 'ArrowDown' && !list.hidden) {
    event.preventDefault();
    resultButtons(box)[0]?.focus();
  } else if (event.key === 'Escape') {
    if (!list.hidden) event.stopPropagation();
    openList(box, false);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const text = input.value.trim();
    if (text.length < 2) return;
    if (box.shownFor === text && !list.hidden) return resultButtons(box)[0]?.click();
    // The search for this text may be on its way already: wait for it rather than ask again.
    clearTimeout(box.timer);
    const answer = box.inflight?.text === text ? box.inflight.done : search(box, text);
    void answer.then(() => {
      if (box.shownFor === text) resultButtons(box)[0]?.click();
    });
  }
}

function onListKey(box: SearchBox, event: KeyboardEvent): void {
  const all = resultButtons(box);
  const index = all.indexOf(document.activeElement as HTMLButtonElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < 0) box.input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  } else if (event.key === 'Escape') {
    event.stopPropagation();
    openList(box, false);
    box.input.focus();
  }
}

/** Wires the keys and focus handling of `box`. */
export function attachSearchKeys(box: SearchBox): void {
  const { input, list } = box;
  const container = input.parentElement!;
  input.addEventListener('keydown', (event) => onFieldKey(box, event));
  list.addEventListener('keydown', (event) => onListKey(box, event));
  // A click on a result must not blur the field first (some browsers do not focus buttons on click).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  container.addEventListener('focusout', (event) => {
    if (!container.contains(event.relatedTarget as Node | null)) openList(box, false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim().length >= 2 && list.childElementCount) openList(box, true);
  });
}
