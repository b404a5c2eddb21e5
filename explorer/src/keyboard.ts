/**
 * Keyboard: Escape closes what is open, innermost first (menus and search lists handle their own
 * Escape; the dialog is native); on the drawing, + and - zoom, arrows pan, 0 fits the view.
 */
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
    const state = camera.getState();
    const move = PAN * state.ratio;
    const moves: Record<string, () => unknown> = {
      '+': () => camera.zoomIn({ duration: 200 }),
      '=': () => camera.zoomIn({ duration: 200 }),
      '-': () => camera.zoomOut({ duration: 200 }),
      '0': () => controller.fitView(),
      ArrowLeft: () => camera.animate({ x: state.x - move }, { duration: 150 }),
      ArrowRight: () => camera.animate({ x: state.x + move }, { duration: 150 }),
      ArrowUp: () => camera.animate({ y: state.y + move }, { duration: 150 }),
      ArrowDown: () => camera.animate({ y: state.y - move }, { duration: 150 }),
    };
    const action = moves[event.key];
    if (!action) return;
    event.preventDefault();
    void action();
  });
}
