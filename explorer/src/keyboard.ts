/**
 * Keyboard: Escape closes what is open, innermost first (menus and search lists handle their own
 * Escape; the dialog is native); on the drawing, + and - zoom, arrows pan, 0 fits the view.
 */
import { moveCamera, zoomBy } from './camera-moves.js';
import type { Controller } from './controller.js';
import { byId } from './dom.js';
import type { LociRenderer } from './renderer.js';

const PAN = 0.08;

export function attachKeyboard(renderer: LociRenderer, controller: Controller): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    const details = byId('details');
    if (!details.hidden) {
      const wasInside = details.contains(document.activeElement);
      controller.clearFocus();
      if (wasInside) byId('graph').focus();
    }
  });

  const graph = byId('graph');
  graph.addEventListener('keydown', (event) => {
    const camera = renderer.getCamera();
    // From where a running flight is going (camera-moves.ts): a key pressed mid-flight keeps its node in view.
    const pan = (dx: number, dy: number) => moveCamera(camera, (t) => ({ x: t.x + dx * PAN * t.ratio, y: t.y + dy * PAN * t.ratio }), 150);
    const moves: Record<string, () => unknown> = {
      '+': () => zoomBy(camera, 1.5, 200),
      '=': () => zoomBy(camera, 1.5, 200),
      '-': () => zoomBy(camera, 1 / 1.5, 200),
      '0': () => controller.fitView(),
      ArrowLeft: () => pan(-1, 0),
      ArrowRight: () => pan(1, 0),
      ArrowUp: () => pan(0, 1),
      ArrowDown: () => pan(0, -1),
    };
    const action = moves[event.key];
    if (!action) return;
    event.preventDefault();
    void action();
  });
}
