/**
 * The sidebar's tabs (Filters, Path finder, Dashboard), WAI-ARIA tabs pattern: arrow keys move
 * between tabs, the open tab is part of the view (a shared link opens on it).
 */
import { byId } from './dom.js';
import type { PanelName, ViewStore } from './view-state.js';

// 'peers' and 'ask': issue 20's panels (issue20-panels.ts).
const PANELS: PanelName[] = ['filters', 'path', 'dashboard', 'peers', 'ask'];

export function attachTabs(store: ViewStore): void {
  const tabs = PANELS.map((name) => byId<HTMLButtonElement>(`tab-${name}`));

  function show(panel: PanelName): void {
    PANELS.forEach((name, i) => {
      const selected = name === panel;
      tabs[i].setAttribute('aria-selected', String(selected));
      tabs[i].tabIndex = selected ? 0 : -1;
      byId(`panel-${name}`).hidden = !selected;
    });
  }

  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => store.update({ panel: PANELS[i] }));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      const next = (i + step + PANELS.length) % PANELS.length;
      store.update({ panel: PANELS[next] });
      tabs[next].focus();
    });
  });
  store.subscribe((view, previous) => {
    if (view.panel !== previous.panel) show(view.panel);
  });
  show(store.get().panel);
}
