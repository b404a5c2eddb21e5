/**
 * The fields of an initiative scope (`InitiativeScopeFilter`): leave out a place (e.g. Africa),
 * levels, themes. The places and themes offered are the ones the drawing holds, read when the
 * fields are first opened (the network has loaded by then).
 */
import { h, replaceChildren } from './dom.js';
import type { InitiativeLevel } from './generated/graphql.js';
import { INITIATIVE_LEVELS, humanise } from './vocabulary.js';

export interface ScopeOption {
  id: string;
  label: string;
}

export interface ScopeOptions {
  places: ScopeOption[];
  themes: ScopeOption[];
}

export interface ScopeValue {
  excludePlace?: string;
  levels?: InitiativeLevel[];
  themes?: string[];
}

export interface ScopeFields {
  element: HTMLElement;
  /** The filter as the API takes it; fields left empty are left out. */
  value(): ScopeValue;
  /** Called on every change of a field. */
  onChange(listener: () => void): void;
}

/** Creates the fields; `prefix` keeps their ids apart from another panel's. */
export function createScopeFields(prefix: string, options: () => ScopeOptions): ScopeFields {
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());
  const exclude = h('select', { id: `${prefix}-exclude-place`, onchange: changed }, h('option', { value: '' }, 'nowhere'));
  const themes = h('select', { id: `${prefix}-themes`, multiple: true, size: 4, onchange: changed });
  const levels = INITIATIVE_LEVELS.map((level) => h('input', { type: 'checkbox', value: level, name: `${prefix}-level`, onchange: changed }));
  let filled = false;

  /** The options come from the drawing, which loads after the panel is built. */
  function fill(): void {
    if (filled) return;
    const { places, themes: themeOptions } = options();
    if (!places.length && !themeOptions.length) return;
    filled = true;
    exclude.append(...places.map((p) => h('option', { value: p.id }, p.label)));
    replaceChildren(themes, ...themeOptions.map((t) => h('option', { value: t.id }, t.label)));
  }

  const element = h(
    'details',
    { class: 'scope', id: `${prefix}-scope`, ontoggle: fill },
    h('summary', {}, 'Filters'),
    h('label', { for: exclude.id, class: 'field-title', style: 'display:block' }, 'Leave out initiatives in'),
    exclude,
    h('fieldset', {}, h('legend', { class: 'field-title' }, 'Levels (all when none ticked)'), h('div', { class: 'checks' }, ...levels.map((box) => h('label', {}, box, humanise(box.value))))),
    h('label', { for: themes.id, class: 'field-title', style: 'display:block' }, 'Themes (all when none chosen)'),
    themes,
  );
  element.addEventListener('focusin', fill);

  return {
    element,
    value() {
      const chosenLevels = levels.filter((box) => box.checked).map((box) => box.value as InitiativeLevel);
      const chosenThemes = [...themes.selectedOptions].map((o) => o.value);
      return {
        ...(exclude.value ? { excludePlace: exclude.value } : {}),
        ...(chosenLevels.length ? { levels: chosenLevels } : {}),
        ...(chosenThemes.length ? { themes: chosenThemes } : {}),
      };
    },
    onChange: (listener) => listeners.push(listener),
  };
}
