/** Label widths as the canvas draws them, for placing labels (label-placement.ts) and spreading nodes (spread.ts). */
let context: CanvasRenderingContext2D | null = null;

/** The width in pixels of `text` at `size` px in the labels' font (measured once per call). */
export function measureLabel(text: string, size: number, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.6;
  context.font = `${size}px ${font}`;
  return context.measureText(text).width;
}
