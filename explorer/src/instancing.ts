/**
 * Sigma 4 draws every node as one instance of a 4-corner quad (gl.drawArraysInstanced), and every
 * relationship and every label character too. Without a GPU, WebGL runs on SwiftShader, which
 * draws an instanced call one instance at a time, each with the set-up of a draw of its own:
 * about 11 to 20 µs an instance whatever the shader or the size. A moving frame of the 5,447
 * nodes of the large network spent 110 ms in that one call (a trivial shader: 60 ms); the same
 * quads written out as plain triangles in one gl.drawArrays took 2 ms with the trivial shader,
 * and with sigma's, what is left is filling the circles' pixels (about 20 ms zoomed in). Measured
 * in headless Chromium, `npm run bench:explorer`'s browser. On a real GPU either way is cheap.
 *
 * This file turns one of sigma's instanced programs into a plain one, from outside: same shaders
 * (the corner becomes a per-vertex attribute instead of a shared one), each item's attributes
 * written once per vertex. It relies on sigma's Program class as of 4.0.4 (its vertex buffer
 * layout, a writer method putting one item at `slot * STRIDE`, and its non-instanced path); a
 * program it does not recognise is left as it is.
 */

// WebGL's draw modes (the same in every context; named here so the module loads outside a browser).
const TRIANGLES = 0x0004;
const TRIANGLE_STRIP = 0x0005;

interface Attribute {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

/** The two calls made on the WebGL context (typed here: the tests' compiler has no DOM types). */
interface GL {
  getAttribLocation(program: never, name: string): number;
  vertexAttribDivisor(location: number, divisor: number): void;
}

interface ProgramInfo {
  gl: GL;
  program: never;
  attributeLocations: Record<string, number>;
}

/** What this file reads and rewrites of sigma's Program (dist/factory-*.js, class Program). */
interface SigmaProgram {
  isInstanced: boolean;
  VERTICES: number;
  METHOD: number;
  ATTRIBUTES: Attribute[];
  CONSTANT_ATTRIBUTES: Attribute[];
  CONSTANT_DATA: number[][];
  ATTRIBUTES_ITEMS_COUNT: number;
  STRIDE: number;
  capacity: number;
  floats: Float32Array;
  normalProgram: ProgramInfo;
  pickProgram: ProgramInfo | null;
  bindAttribute(attribute: Attribute, info: ProgramInfo, offset: number, setDivisor?: boolean): number;
}

/** The triangles of a strip of `count` vertices, as vertex indices (3 per triangle). */
export function stripToTriangles(count: number): number[] {
  const indices: number[] = [];
  for (let k = 0; k + 2 < count; k++) indices.push(k, k + 1, k + 2);
  return indices;
}

/**
 * The method that writes one item into the vertex buffer, and which of its arguments is the
 * item's slot: nodes and relationships `process(id, slot, ...)`, label characters
 * `processCharacter(slot, ...)`.
 */
export interface Writer {
  method: string;
  slotArgument: number;
}

export const ITEM_WRITER: Writer = { method: 'process', slotArgument: 1 };
export const CHARACTER_WRITER: Writer = { method: 'processCharacter', slotArgument: 0 };

type WriteItem = (this: SigmaProgram, ...args: unknown[]) => void;

function isConvertible(p: Partial<SigmaProgram> | null | undefined, writer: Writer): p is SigmaProgram {
  return (
    !!p &&
    p.isInstanced === true &&
    p.METHOD === TRIANGLE_STRIP &&
    p.capacity === 0 &&
    Array.isArray(p.CONSTANT_DATA) &&
    p.CONSTANT_DATA.length === p.VERTICES &&
    typeof (p as Record<string, unknown>)[writer.method] === 'function' &&
    typeof p.bindAttribute === 'function'
  );
}

/**
 * Makes `program` (one of sigma's instanced programs, before it holds any item, whose items
 * `writer` writes) draw plain triangles in one call. Returns false, changing nothing, when the program is not one it knows.
 * Call it right after sigma creates its programs (LociSigma does).
 */
export function drawWithoutInstancing(program: unknown, writer: Writer = ITEM_WRITER): boolean {
  if (!isConvertible(program as Partial<SigmaProgram>, writer)) return false;
  const p = program as SigmaProgram;
  const itemSlots = p.ATTRIBUTES_ITEMS_COUNT;
  const corners = stripToTriangles(p.VERTICES).map((v) => p.CONSTANT_DATA[v]);
  const vertexSlots = itemSlots + p.CONSTANT_DATA[0].length;

  p.ATTRIBUTES = [...p.ATTRIBUTES, ...p.CONSTANT_ATTRIBUTES];
  p.ATTRIBUTES_ITEMS_COUNT = vertexSlots;
  p.VERTICES = corners.length;
  p.STRIDE = corners.length * vertexSlots;
  p.METHOD = TRIANGLES;
  p.isInstanced = false;
  for (const info of [p.normalProgram, p.pickProgram]) {
    if (!info) continue;
    for (const a of p.CONSTANT_ATTRIBUTES) info.attributeLocations[a.name] = info.gl.getAttribLocation(info.program, a.name);
  }

  // Sigma writes an item's attributes at the start of its slot; each vertex gets a copy and its corner.
  const methods = p as unknown as Record<string, WriteItem>;
  const write = methods[writer.method];
  methods[writer.method] = function (this: SigmaProgram, ...args: unknown[]) {
    write.apply(this, args);
    const start = (args[writer.slotArgument] as number) * this.STRIDE;
    const floats = this.floats;
    for (let v = 0; v < corners.length; v++) {
      const at = start + v * vertexSlots;
      // copyWithin moves bytes: packed picking ids (ints in a float array) survive.
      if (v > 0) floats.copyWithin(at, start, start + itemSlots);
      floats.set(corners[v], at + itemSlots);
    }
  };

  // Another program may leave an instanced divisor on a location this one reuses.
  const bindAttribute = p.bindAttribute;
  p.bindAttribute = function (this: SigmaProgram, attribute, info, offset) {
    const size = bindAttribute.call(this, attribute, info, offset, false);
    const location = info.attributeLocations[attribute.name];
    if (location !== -1) info.gl.vertexAttribDivisor(location, 0);
    return size;
  };
  return true;
}
