/**
 * Camera moves asked by a person (zoom buttons, + and -, arrow keys, fit) that respect a running
 * animation. Sigma's zoomIn reads the camera where it is: pressed during the 600 ms fly-to a
 * selection starts, it would stop the flight half way and leave the node off screen. Here a move
 * starts from where the running animation is going, so the flight ends on its node, zoomed.
 */
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';

const destinations = new WeakMap<Camera, CameraState>();

/** Remembers each animation's destination (sigma keeps its own private). Call once per camera. */
export function trackDestinations(camera: Camera): void {
  camera.on('animationStart', ({ to }: { to: CameraState }) => destinations.set(camera, to));
}

/** Where the camera is going: the running animation's end, or where it is. */
export function cameraTarget(camera: Camera): CameraState {
  const to = camera.isAnimating() ? destinations.get(camera) : undefined;
  return to ?? camera.getState();
}

/** Animates from the camera's target by `change(target)`: zoom and pan keep a flight's destination. */
export function moveCamera(camera: Camera, change: (target: CameraState) => Partial<CameraState>, duration = 250): Promise<void> {
  const target = cameraTarget(camera);
  return camera.animate({ ...target, ...change(target) }, { duration });
}

/** Zooms in (factor > 1) or out (factor < 1) around the camera's target. */
export function zoomBy(camera: Camera, factor: number, duration = 250): Promise<void> {
  return moveCamera(camera, (t) => ({ ratio: t.ratio / factor }), duration);
}
