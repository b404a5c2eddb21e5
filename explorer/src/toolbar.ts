/**
 * The top bar's controls (colouring, sizing, share, export menu) and the zoom buttons. Each
 * control writes to the view or calls an action; the view writes back to the controls, so a
 * shared link shows the right choices.
 */
import { zoomBy } from './camera-moves.js';
import type { Controller } from './controller.js';
import { announce, byId } from './dom.js';
import { exportView, type ExportFormat } from './export.js';
import type { LociGraph } from './graph-model.js';
import type { LociRenderer, Scene } from './renderer.js';
import type { ColourBy, SizeBy, ViewStore } from './view-state.js';

type ToolbarDeps = { store: ViewStore; controller: Controller; graph: LociGraph; renderer: LociRenderer; scene: Scene };

/** Colouring and sizing: each select writes to the view, and the view writes back to it. */
function attachAppearanceControls(store: ViewStore): void {
  const colourBy = byId<HTMLSelectElement>('colour-by');
  const sizeBy = byId<HTMLSelectElement>('size-by');
  colourBy.addEventListener('change', () => store.update({ colourBy: colourBy.value as ColourBy }));
  sizeBy.addEventListener('change', () => store.update({ sizeBy: sizeBy.value as SizeBy }));
  const sync = () => {
    colourBy.value = store.get().colourBy;
    sizeBy.value = store.get().sizeBy;
  };
  store.subscribe(sync);
  sync();
}

async function copyField(field: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    announce('Copied.');
  } catch {
    // Clipboard access needs a secure context; the text is selected for Ctrl+C instead.
    announce('Press Ctrl+C (⌘C) to copy the selected text.');
  }
}

/** Share: the address bar already holds the view; the dialog offers it and an iframe snippet. */
function attachShare(): void {
  const dialog = byId<HTMLDialogElement>('share-dialog');
  const url = byId<HTMLInputElement>('share-url');
  const embed = byId<HTMLTextAreaElement>('share-embed');
  byId('share-button').addEventListener('click', () => {
    url.value = window.location.href;
    const embedUrl = new URL(window.location.href);
    embedUrl.searchParams.set('embed', '1');
    embed.value = `<iframe src="${embedUrl.href}" width="800" height="600" style="border:0" title="LOCI network"></iframe>`;
    dialog.showModal();
    url.select();
  });
  byId('copy-url').addEventListener('click', () => void copyField(url));
  byId('copy-embed').addEventListener('click', () => void copyField(embed));
}

/** Export menu (menu button pattern: Escape closes and returns focus to the button). */
function attachExportMenu({ store, controller, graph, renderer, scene }: ToolbarDeps): void {
  const button = byId<HTMLButtonElement>('export-button');
  const menu = byId<HTMLUListElement>('export-menu');
  const items = () => [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
  const open = (isOpen: boolean, focusFirst = false) => {
    menu.hidden = !isOpen;
    button.setAttribute('aria-expanded', String(isOpen));
    if (isOpen && focusFirst) items()[0]?.focus();
  };
  button.addEventListener('click', () => open(menu.hidden, true));
  menu.addEventListener('keydown', (event) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      open(false);
      button.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      all[(index + (event.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
    }
  });
  menu.parentElement!.addEventListener('focusout', (event) => {
    if (!menu.parentElement!.contains(event.relatedTarget as Node | null)) open(false);
  });
  const exportAs = async (format: ExportFormat) => {
    open(false);
    button.focus();
    try {
      announce(`Exported ${await exportView(format, { graph, renderer, scene, view: store.get(), cap: controller.session.network.cap })}.`);
    } catch (error) {
      announce(`The export failed: ${(error as Error).message}`);
    }
  };
  for (const item of items()) item.addEventListener('click', () => void exportAs(item.dataset.export as ExportFormat));
}

/** Wires the top bar (colouring, sizing, share, export) and the zoom buttons. */
export function attachToolbar(deps: ToolbarDeps): void {
  attachAppearanceControls(deps.store);
  attachShare();
  attachExportMenu(deps);
  const camera = deps.renderer.getCamera();
  byId('zoom-in').addEventListener('click', () => void zoomBy(camera, 1.5));
  byId('zoom-out').addEventListener('click', () => void zoomBy(camera, 1 / 1.5));
  byId('zoom-fit').addEventListener('click', () => deps.controller.fitView());
}
