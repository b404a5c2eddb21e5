/**
 * The LOCI network explorer, bootstrapped: read the view from the address, build the graph,
 * renderer and layout, wire the panels, load the network. The address keeps up with the view
 * (history.ts: selections are history entries), so any moment can be shared as a link.
 * `window.__loci = { graph, drawing, renderer, state }` exposes the live state to tests and
 * developers: `graph` is the model (everything loaded), `drawing` the graph sigma draws.
 */
import './styles.css';
import { trackDestinations } from './camera-moves.js';
import { createController } from './controller.js';
import { createDashboardPanel } from './dashboard-panel.js';
import { createDrawing } from './drawing.js';
import { createDetailsPanel } from './details-panel.js';
import { byId } from './dom.js';
import { createFilterPanel } from './filter-panel.js';
import { createGraph } from './graph-model.js';
import { attachHistory } from './history.js';
import { attachKeyboard } from './keyboard.js';
import { createLayoutRunner } from './layout.js';
import { createLegend } from './legend.js';
import { createPathPanel } from './path-panel.js';
import { createRenderer, createScene } from './renderer.js';
import { attachSearchBox } from './search-box.js';
import { attachTabs } from './tabs.js';
import { attachToolbar } from './toolbar.js';
import { fromSearch, toSearch } from './url-state.js';
import { createViewStore } from './view-state.js';
import { followChanges, readLatestSequence } from './live.js';
// Issue 20 (Peers, Ask, map layout): wired in one call, see issue20-panels.ts.
import { attachIssue20Panels } from './issue20-panels.js';
import './issue20.css';

const store = createViewStore(fromSearch(window.location.search));
const graph = createGraph();
const drawing = createDrawing(graph);
const scene = createScene();
let exposedLayout: { layoutRunning: boolean; layoutIterations: number } | null = null;
const layout = createLayoutRunner(graph, (running) => {
  if (!exposedLayout) return;
  exposedLayout.layoutRunning = running;
  if (!running) {
    exposedLayout.layoutIterations = layout.iterations();
    controller.placeLabels();
  }
});
const renderer = createRenderer(byId('graph'), drawing.graph, scene, {
  select: (node) => void controller.focus(node, { camera: false }),
  expand: (node) => void controller.expand(node),
  clear: () => controller.clearFocus(),
});
const controller = createController({ graph, drawing, renderer, layout, store, scene });
exposedLayout = controller.exposed;

trackDestinations(renderer.getCamera());
// The address follows the view; choosing a node, a path or an expansion is a history entry.
attachHistory(store, controller);

if (store.get().embed) {
  document.body.classList.add('embed');
  const link = byId<HTMLAnchorElement>('embed-link');
  link.hidden = false;
  const full = fromSearch(window.location.search);
  link.href = `${window.location.pathname}${toSearch({ ...full, embed: false })}`;
}

// `?view=dashboard`: the dashboard alone (the drawing still loads the network it counts, off screen).
if (store.get().view === 'dashboard') {
  document.body.classList.add('dashboard-only');
  document.title = 'The LOCI network in figures';
  if (store.get().panel !== 'dashboard') store.update({ panel: 'dashboard' });
  const link = byId<HTMLAnchorElement>('dashboard-explore-link');
  link.href = `${window.location.pathname}${toSearch({ ...store.get(), view: 'explorer', embed: false, panel: 'filters' })}`;
}

attachTabs(store);
attachToolbar({ store, controller, graph, renderer, scene });
attachKeyboard(renderer, controller);
attachSearchBox(byId<HTMLInputElement>('search-input'), byId('search-results'), (hit) => {
  void controller.focus(hit.id).then(() => byId('details').focus());
}, { clearOnChoose: false });
createDetailsPanel(byId('details'), store, controller);
createFilterPanel(byId('panel-filters'), graph, store, controller);
createPathPanel(byId('panel-path'), store, controller);
createDashboardPanel(byId('panel-dashboard'), { store, controller, graph, scene });
createLegend(byId('legend'), graph, store, controller);

// Issue 20: the Peers and Ask panels and the map layout (issue20-panels.ts).
const issue20 = attachIssue20Panels({ graph, drawing, renderer, scene, layout, controller, store });

(window as unknown as { __loci: unknown }).__loci = { graph, drawing: drawing.graph, renderer, state: controller.exposed, store, controller, ...issue20 };

// The feed's position is read before the network, so a change made while it loads is not missed.
void readLatestSequence().then(async (after) => {
  await controller.start();
  if (after === null) return;
  const live = followChanges({ graph, merge: controller.merge, refresh: controller.refresh, indicator: byId('live'), synthetic: store.get().synthetic }, after);
  (window as unknown as { __loci: Record<string, unknown> }).__loci.live = live.state;
});
