/**
 * Draws the country outlines on a 2D canvas under sigma's WebGL stage, after every frame sigma
 * renders (so they pan and zoom with the nodes). Each point goes through the renderer's own
 * graph → screen conversion, which follows sigma's normalisation and camera exactly: no second
 * projection to keep in step. About 10,000 points at 1:110m: a fraction of a millisecond.
 */
import type { LociRenderer } from '../renderer.js';
import type { Ring } from './outlines.js';

const LAND = '#eef1f5';
const BORDER = '#c5ccd6';

export interface OutlineLayer {
  /** Shows these rings (null hides the layer). */
  show(rings: readonly Ring[] | null): void;
  /** How many rings were drawn in the last frame (tests read it). */
  drawnRings(): number;
}

/** Creates the layer in the renderer's container, below its stage. */
export function createOutlineLayer(renderer: LociRenderer): OutlineLayer {
  const canvas = renderer.createCanvas('loci-outlines', { beforeLayer: 'stage', style: { pointerEvents: 'none' } });
  const context = canvas.getContext('2d')!;
  let rings: readonly Ring[] | null = null;
  let drawn = 0;

  function fit(): { width: number; height: number } {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { width, height };
  }

  function draw(): void {
    const { width, height } = fit();
    context.clearRect(0, 0, width, height);
    drawn = 0;
    if (!rings) return;
    context.beginPath();
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i += 2) {
        const at = renderer.graphToViewport({ x: ring[i], y: ring[i + 1] });
        if (i === 0) context.moveTo(at.x, at.y);
        else context.lineTo(at.x, at.y);
      }
      context.closePath();
      drawn++;
    }
    context.fillStyle = LAND;
    context.fill('evenodd');
    context.strokeStyle = BORDER;
    context.lineWidth = 0.8;
    context.stroke();
  }

  renderer.on('afterRender', draw);
  return {
    show(next) {
      rings = next;
      draw();
    },
    drawnRings: () => drawn,
  };
}
