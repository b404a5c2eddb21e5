import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { chooseEdges, createDrawing, drawingOrder } from '../../explorer/src/drawing.js';
import { computeVisibility, isInYears } from '../../explorer/src/filters.js';
import { createGraph, mergeSubgraph, type ApiEdge, type ApiNode } from '../../explorer/src/graph-model.js';
import { writeGraphml } from '../../explorer/src/graphml.js';
import { computeHighlight } from '../../explorer/src/highlight.js';
import { CHARACTER_WRITER, drawWithoutInstancing } from '../../explorer/src/instancing.js';
import { labelBox, placeLabels, shortLabel } from '../../explorer/src/label-placement.js';
import { describeSource } from '../../explorer/src/source-text.js';
import { separate } from '../../explorer/src/spread.js';
import { describeVisible } from '../../explorer/src/status-line.js';
import { fromSearch, toSearch } from '../../explorer/src/url-state.js';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../explorer/src/view-state.js';

// The explorer's pure modules (no browser): the view in the address, the filters, the
// highlight, merging API answers, the drawing's choice of relationships and the GraphML writer.

const node = (id: string, type: string, extra: Record<string, unknown> = {}): ApiNode =>
  ({ id, type, label: id, degree: null, betweenness: null, community: null, node: { __typename: type, ...extra } }) as ApiNode;
let edgeCount = 0;
const edge = (source: string, type: string, target: string, since: string | null = null, until: string | null = null): ApiEdge =>
  ({ id: `e${edgeCount++}`, type, source, target, role: null, since, until }) as ApiEdge;

/** A small LOCI-like graph: two initiatives, their themes and places, partners and a person. */
function sample() {
  const graph = createGraph();
  mergeSubgraph(
    graph,
    [
      node('loci', 'Initiative', { level: 'GLOBAL', startDate: '2019-03-26' }),
      node('kaduna', 'Initiative', { level: 'SUBNATIONAL' }),
      node('hivos', 'Organisation', { sector: 'CIVIL_SOCIETY' }),
      node('kaduna-gov', 'Organisation', { sector: 'GOVERNMENT' }),
      node('daniel', 'Actor', { personSector: 'CIVIL_SOCIETY' }),
      node('e-procurement', 'Theme'),
      node('health', 'Theme'),
      node('africa', 'Place', { placeKind: 'WORLD_REGION' }),
      node('nigeria', 'Place', { placeKind: 'COUNTRY' }),
      node('kaduna-state', 'Place', { placeKind: 'REGION' }),
    ],
    [
      edge('hivos', 'COORDINATES', 'loci', '2019'),
      edge('kaduna', 'MEMBER_OF', 'loci', '2019'),
      edge('kaduna-gov', 'PARTNER_IN', 'kaduna', '2017', '2018'),
      edge('daniel', 'WORKS_AT', 'hivos', '2015'),
      edge('kaduna', 'ABOUT', 'e-procurement'),
      edge('loci', 'ABOUT', 'health'),
      edge('kaduna', 'LOCATED_IN', 'kaduna-state'),
      edge('kaduna-state', 'PART_OF', 'nigeria'),
      edge('nigeria', 'PART_OF', 'africa'),
    ],
  );
  return graph;
}

const shown = (graph: ReturnType<typeof sample>, hidden: Set<string>) => graph.nodes().filter((n) => !hidden.has(n)).sort();

describe('explorer: the view in the address', () => {
  it('round-trips a full view', () => {
    const view = {
      ...DEFAULT_VIEW,
      focus: 'hivos',
      colourBy: 'community' as const,
      sizeBy: 'betweenness' as const,
      filters: { types: ['Organisation' as const, 'Initiative' as const], themes: ['e-procurement'], places: ['africa'], levels: ['LOCAL' as const], sectors: ['GOVERNMENT' as const], neighbours: false, yearFrom: 2018, yearTo: 2020, shown: ['kaduna'], datasets: ['cdmx-2024'] },
      expanded: [{ id: 'hivos', depth: 2 as const }, { id: 'loci', depth: 1 as const }],
      depth: 3 as const,
      pathFrom: 'daniel-dietrich',
      pathTo: 'ilda',
      limit: 500,
      synthetic: true,
      panel: 'path' as const,
      embed: true,
      dev: true,
    };
    const search = toSearch(view);
    expect(search).toContain('path=daniel-dietrich,ilda');
    expect(search).toContain('synthetic=1');
    expect(search).toContain('expand=hivos:2,loci:1');
    expect(search).toContain('datasets=cdmx-2024');
    expect(fromSearch(search)).toEqual(view);
  });

  it('writes nothing for the default view and ignores what it does not understand', () => {
    expect(toSearch(DEFAULT_VIEW)).toBe('');
    const view = fromSearch('?types=Organisation,Spaceship&levels=HUGE&color=purple&limit=-3&from=19&depth=9&path=,ilda');
    expect(view.filters.types).toEqual(['Organisation']);
    expect(view.filters.levels).toEqual([]);
    expect(view.colourBy).toBe('type');
    expect(view.limit).toBeNull();
    expect(view.filters.yearFrom).toBeNull();
    expect(view.depth).toBe(1);
    expect([view.pathFrom, view.pathTo]).toEqual([null, 'ilda']);
  });
});

describe('explorer: filters', () => {
  it('hides nothing without filters', () => {
    const v = computeVisibility(sample(), EMPTY_FILTERS);
    expect(v.hiddenNodes.size + v.hiddenEdges.size).toBe(0);
  });

  it('hides the types not shown, and their relationships', () => {
    const graph = sample();
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, types: ['Organisation', 'Initiative'] });
    expect(shown(graph, v.hiddenNodes)).toEqual(['hivos', 'kaduna', 'kaduna-gov', 'loci']);
    graph.forEachEdge((e, _a, s, t) => expect(v.hiddenEdges.has(e)).toBe(v.hiddenNodes.has(s) || v.hiddenNodes.has(t)));
  });

  it('filters levels on initiatives only and sectors on organisations and people only', () => {
    const graph = sample();
    const levels = computeVisibility(graph, { ...EMPTY_FILTERS, levels: ['GLOBAL'] });
    expect([...levels.hiddenNodes]).toEqual(['kaduna']);
    const sectors = computeVisibility(graph, { ...EMPTY_FILTERS, sectors: ['GOVERNMENT'] });
    expect([...sectors.hiddenNodes].sort()).toEqual(['daniel', 'hivos']);
  });

  it('narrows to what the chosen datasets brought, when the nodes say which brought them', () => {
    const graph = createGraph();
    mergeSubgraph(
      graph,
      [
        node('cdmx', 'Organisation', { sector: 'GOVERNMENT', datasets: [{ id: 'cdmx-2024' }] }),
        node('ocds-1', 'ContractingProcess', { datasets: [{ id: 'cdmx-2024' }] }),
        node('ocds-2', 'ContractingProcess', { datasets: [{ id: 'paraguay' }] }),
        node('both', 'Organisation', { datasets: [{ id: 'paraguay' }, { id: 'cdmx-2024' }] }),
        node('hivos', 'Organisation', { datasets: [] }),
      ],
      [edge('cdmx', 'BUYER_OF', 'ocds-1'), edge('both', 'AWARDED', 'ocds-2'), edge('hivos', 'PARTNER_IN', 'cdmx')],
    );
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, datasets: ['cdmx-2024'] });
    expect(shown(graph, v.hiddenNodes)).toEqual(['both', 'cdmx', 'ocds-1']);
    // A relationship to a record no chosen dataset brought goes with it.
    graph.forEachEdge((e, _a, s, t) => expect(v.hiddenEdges.has(e)).toBe(v.hiddenNodes.has(s) || v.hiddenNodes.has(t)));
    expect(shown(graph, computeVisibility(graph, { ...EMPTY_FILTERS, datasets: ['cdmx-2024', 'paraguay'] }).hiddenNodes)).toEqual(['both', 'cdmx', 'ocds-1', 'ocds-2']);
  });

  it('scopes to a theme: the nodes about it, the theme, and their direct neighbours', () => {
    const graph = sample();
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, themes: ['e-procurement'] });
    expect(shown(graph, v.hiddenNodes)).toEqual(['e-procurement', 'kaduna', 'kaduna-gov', 'kaduna-state', 'loci']);
  });

  it('scopes to a world region through the places inside it', () => {
    const graph = sample();
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, places: ['africa'] });
    expect(shown(graph, v.hiddenNodes)).toEqual(['africa', 'e-procurement', 'kaduna', 'kaduna-gov', 'kaduna-state', 'loci']);
  });

  it('keeps relationships valid in the years, and hides nodes left with none', () => {
    expect(isInYears('2017', '2018', 2019, null)).toBe(false);
    expect(isInYears('2017-05', null, 2019, 2020)).toBe(true);
    expect(isInYears('2021', null, null, 2020)).toBe(false);
    const graph = sample();
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, yearFrom: 2019, yearTo: 2019 });
    expect([...v.hiddenNodes]).toEqual(['kaduna-gov']); // its only relationship ended in 2018
  });

  it("hides a node whose own dates are outside the years, and counts the undated ones it keeps", () => {
    const graph = sample();
    // LOCI started in 2019: 2009–2012 hides it, though some of its relationships are undated.
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, yearFrom: 2009, yearTo: 2012 });
    expect(v.hiddenNodes.has('loci')).toBe(true);
    // Undated and kept: the themes, places and e-procurement's initiative's links (no date anywhere).
    const undatedShown = graph.filterNodes((n, a) => !v.hiddenNodes.has(n) && !a.start && graph.everyEdge(n, (_e, e) => !e.since && !e.until));
    expect(v.undated).toEqual({ nodes: undatedShown.length, edges: graph.filterEdges((e, a) => !v.hiddenEdges.has(e) && !a.since && !a.until).length });
    expect(v.undated!.nodes).toBeGreaterThan(0);
  });

  it('themes: tagged only, or with their neighbours drawn muted', () => {
    const graph = sample();
    const tagged = computeVisibility(graph, { ...EMPTY_FILTERS, themes: ['e-procurement'], neighbours: false });
    expect(shown(graph, tagged.hiddenNodes)).toEqual(['e-procurement', 'kaduna']);
    expect(tagged.mutedNodes.size).toBe(0);
    const wide = computeVisibility(graph, { ...EMPTY_FILTERS, themes: ['e-procurement'] });
    expect([...wide.mutedNodes].sort()).toEqual(['kaduna-gov', 'kaduna-state', 'loci']);
  });

  it('shows a node the filters hide when a person chose to see it', () => {
    const graph = sample();
    const v = computeVisibility(graph, { ...EMPTY_FILTERS, types: ['Initiative'], shown: ['hivos'] });
    expect(v.hiddenNodes.has('hivos')).toBe(false);
    expect(v.hiddenNodes.has('daniel')).toBe(true);
  });
});

describe('explorer: highlight', () => {
  it('singles out the focus and its neighbours, with the focus relationships', () => {
    const graph = sample();
    const h = computeHighlight(graph, { focus: 'hivos', expansions: [], path: null })!;
    expect([...h.nodes].sort()).toEqual(['daniel', 'hivos', 'loci']);
    expect(h.edges.size).toBe(2);
  });

  it('a path wins over the focus; nothing singled out means null', () => {
    const graph = sample();
    const path = { nodes: ['daniel', 'hivos', 'loci'], edges: graph.edges().slice(0, 1) };
    expect(computeHighlight(graph, { focus: 'kaduna', expansions: [], path })!.nodes).toEqual(new Set(path.nodes));
    expect(computeHighlight(graph, { focus: null, expansions: [], path: null })).toBeNull();
  });
});

describe('explorer: merging answers', () => {
  it('adds only what is new, keeps positions, and takes facets from the record', () => {
    const graph = sample();
    const before = graph.getNodeAttributes('hivos');
    const again = mergeSubgraph(graph, [node('hivos', 'Organisation'), node('new', 'Theme')], [edge('loci', 'ABOUT', 'new'), edge('ghost', 'ABOUT', 'new')]);
    expect(again.addedNodes).toEqual(['new']);
    expect(again.addedEdges).toHaveLength(1); // the relationship from an unknown node is skipped
    expect(graph.getNodeAttributes('hivos')).toMatchObject({ x: before.x, y: before.y, sector: 'CIVIL_SOCIETY' });
    expect(graph.getNodeAttribute('daniel', 'sector')).toBe('CIVIL_SOCIETY');
    expect(graph.getNodeAttribute('africa', 'placeKind')).toBe('WORLD_REGION');
  });
});

describe('explorer: the drawing (level of detail)', () => {
  const everywhere = { hiddenEdges: new Set<string>(), keep: [], area: null };

  it('draws every relationship the filters let through while they fit the budget', () => {
    const graph = sample();
    const hiddenEdges = computeVisibility(graph, { ...EMPTY_FILTERS, types: ['Initiative', 'Organisation', 'Actor'] }).hiddenEdges;
    const chosen = chooseEdges(graph, drawingOrder(graph), { hiddenEdges, keep: [], area: { minX: 0, maxX: 0, minY: 0, maxY: 0 } }, 100);
    expect(chosen).toEqual(new Set(graph.edges().filter((e) => !hiddenEdges.has(e))));
  });

  it('over the budget: every node keeps its link to its best-connected neighbour first, and the kept ones come on top', () => {
    // A hub linked to a ring of four: each ring node's best-connected neighbour is the hub.
    const graph = createGraph();
    const ring = ['a', 'b', 'c', 'd'];
    const spokes = ring.map((n) => edge('hub', 'PARTNER_IN', n));
    const rim = ring.map((n, i) => edge(n, 'PARTNER_IN', ring[(i + 1) % 4]));
    mergeSubgraph(graph, [node('hub', 'Initiative'), ...ring.map((n) => node(n, 'Organisation'))], [...rim, ...spokes]);
    const order = drawingOrder(graph);
    expect(new Set(order.slice(0, 4))).toEqual(new Set(spokes.map((e) => e.id)));
    const kept = rim[0].id;
    const chosen = chooseEdges(graph, order, { ...everywhere, keep: [kept] }, 3);
    expect(chosen.size).toBe(3);
    expect(chosen.has(kept)).toBe(true);
  });

  it('over the budget: only relationships with an end in the viewed area', () => {
    const graph = sample();
    graph.updateEachNodeAttributes((node, a) => ({ ...a, x: node === 'daniel' || node === 'hivos' ? 0 : 100, y: 0 }));
    const area = { minX: -1, maxX: 1, minY: -1, maxY: 1 };
    const chosen = chooseEdges(graph, drawingOrder(graph), { ...everywhere, area }, 2);
    expect([...chosen].map((e) => [graph.source(e), graph.target(e)])).toEqual(expect.arrayContaining([['daniel', 'hivos']]));
    for (const e of chosen) expect([graph.source(e), graph.target(e)].some((n) => n === 'daniel' || n === 'hivos')).toBe(true);
  });

  it("mirrors the model's nodes and draws the chosen relationships, refilling only when some must go", () => {
    const graph = createGraph();
    const drawing = createDrawing(graph);
    for (const [key, value] of sample().export().nodes.map((n) => [n.key, n.attributes] as const)) graph.addNode(key, value);
    sample().forEachEdge((e, a, s, t) => graph.addEdgeWithKey(e, s, t, a));
    expect(drawing.graph.order).toBe(graph.order);
    graph.setNodeAttribute('hivos', 'x', 42);
    expect(drawing.graph.getNodeAttribute('hivos', 'x')).toBe(42);
    expect(drawing.draw(everywhere)).toBe(true);
    expect(drawing.graph.size).toBe(graph.size);
    expect(drawing.draw(everywhere)).toBe(false);
    const hidden = new Set(graph.edges().slice(0, 2));
    expect(drawing.draw({ ...everywhere, hiddenEdges: hidden })).toBe(true);
    expect(drawing.graph.size).toBe(graph.size - 2);
    graph.clear();
    expect(drawing.graph.order).toBe(0);
  });
});

/**
 * A stand-in for sigma 4.0.4's node program (dist/factory-*.js, Program and createNodeProgram):
 * a quad strip per node; process() writes the node's index, its packed picking id (as an int)
 * and its opacity at `offset * STRIDE`.
 */
function instancedNodeProgram() {
  const [FLOAT, UNSIGNED_BYTE] = [0x1406, 0x1401];
  const divisors = new Map<number, number>();
  const gl = { getAttribLocation: (_p: unknown, name: string) => ['a_nodeIndex', 'a_id', 'a_opacity', 'a_quadCorner'].indexOf(name), vertexAttribDivisor: (l: number, d: number) => divisors.set(l, d) };
  const info = () => ({ gl, program: {} as never, attributeLocations: { a_nodeIndex: 0, a_id: 1, a_opacity: 2 } as Record<string, number> });
  const program = {
    isInstanced: true,
    VERTICES: 4,
    METHOD: 0x0005,
    ATTRIBUTES: [{ name: 'a_nodeIndex', size: 1, type: FLOAT }, { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true }, { name: 'a_opacity', size: 1, type: FLOAT }],
    CONSTANT_ATTRIBUTES: [{ name: 'a_quadCorner', size: 2, type: FLOAT }],
    CONSTANT_DATA: [[-1, -1], [1, -1], [-1, 1], [1, 1]],
    ATTRIBUTES_ITEMS_COUNT: 3,
    STRIDE: 3,
    capacity: 0,
    floats: new Float32Array(0),
    normalProgram: info(),
    pickProgram: info(),
    process(id: number, offset: number, opacity: number) {
      const i = offset * this.STRIDE;
      this.floats[i] = offset;
      new Uint32Array(this.floats.buffer)[i + 1] = id;
      this.floats[i + 2] = opacity;
    },
    bindAttribute(attribute: { size: number }, _info?: unknown, _offset?: number) {
      return attribute.size * 4;
    },
  };
  return { program, divisors };
}

describe('explorer: nodes drawn as plain triangles (instancing.ts)', () => {
  it("writes each node's attributes on the six vertices of its two triangles, each with its corner", () => {
    const { program } = instancedNodeProgram();
    expect(drawWithoutInstancing(program)).toBe(true);
    expect([program.isInstanced, program.VERTICES, program.METHOD, program.ATTRIBUTES_ITEMS_COUNT, program.STRIDE]).toEqual([false, 6, 0x0004, 5, 30]);
    expect(program.normalProgram.attributeLocations.a_quadCorner).toBe(3);
    program.floats = new Float32Array(2 * program.STRIDE);
    // A picking id whose bits are not a plain float must come through untouched.
    const id = 0xffc00001;
    program.process(id, 1, 0.5);
    const vertices = [...Array(6).keys()].map((v) => [...program.floats.slice(30 + v * 5, 35 + v * 5)]);
    const ids = new Uint32Array(program.floats.buffer);
    expect(vertices.map((v) => [v[0], v[2], v[3], v[4]])).toEqual([[1, 0.5, -1, -1], [1, 0.5, 1, -1], [1, 0.5, -1, 1], [1, 0.5, 1, -1], [1, 0.5, -1, 1], [1, 0.5, 1, 1]]);
    expect([...Array(6).keys()].map((v) => ids[30 + v * 5 + 1])).toEqual(Array(6).fill(id));
  });

  it('binds its attributes without an instance divisor, whatever another program left', () => {
    const { program, divisors } = instancedNodeProgram();
    drawWithoutInstancing(program);
    divisors.set(1, 1);
    program.bindAttribute(program.ATTRIBUTES[1], program.normalProgram as never, 0);
    expect(divisors.get(1)).toBe(0);
  });

  it("finds a label character's slot in the first argument of processCharacter", () => {
    const { program: base } = instancedNodeProgram();
    const program = {
      ...base,
      processCharacter(slot: number, size: number) {
        this.floats[slot * this.STRIDE] = size;
      },
    };
    expect(drawWithoutInstancing(program, CHARACTER_WRITER)).toBe(true);
    program.floats = new Float32Array(2 * program.STRIDE);
    program.processCharacter(1, 7);
    expect([...Array(6).keys()].map((v) => program.floats[30 + v * 5])).toEqual(Array(6).fill(7));
  });

  it('leaves alone a program it does not know, or one that already holds items', () => {
    const plain = { ...instancedNodeProgram().program, isInstanced: false };
    const filled = { ...instancedNodeProgram().program, capacity: 10 };
    expect([drawWithoutInstancing(plain), drawWithoutInstancing(filled), drawWithoutInstancing(null)]).toEqual([false, false, false]);
    expect([plain.VERTICES, filled.VERTICES]).toEqual([4, 4]);
  });
});

describe('explorer: GraphML writer', () => {
  it('writes a document graphology-graphml parses back into the same graph', () => {
    const graph = sample();
    graph.setNodeAttribute('hivos', 'label', 'Hivos <"NGO"> & co');
    const parsed = parseGraphml(MultiDirectedGraph, writeGraphml(graph));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttribute('hivos', 'label')).toBe('Hivos <"NGO"> & co');
    expect(parsed.getNodeAttribute('hivos', 'nodeType')).toBe('Organisation');
    expect(typeof parsed.getNodeAttribute('hivos', 'x')).toBe('number');
  });
});

describe('explorer: readable labels', () => {
  const label = (id: string, x: number, y: number, width = 80) => ({ id, x, y, radius: 5, width, height: 13 });

  it('keeps a label only where it meets no label already placed, in priority order', () => {
    const placed = placeLabels([label('focus', 100, 100), label('under', 104, 104), label('apart', 100, 140), label('right', 300, 100)]);
    expect([...placed].sort()).toEqual(['apart', 'focus', 'right']);
  });

  it('spreads piled-up neighbours apart so that no two labels overlap, the focus staying put', () => {
    const pile = [label('focus', 100, 100), ...Array.from({ length: 8 }, (_, i) => label(`n${i}`, 102 + i, 101 + i * 0.5))];
    const moved = separate(pile, 'focus');
    expect(moved.get('focus')).toEqual({ x: 100, y: 100 });
    const boxes = pile.map((c) => labelBox({ ...c, ...moved.get(c.id)! }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    expect(placeLabels(pile.map((c) => ({ ...c, ...moved.get(c.id)! }))).size).toBe(pile.length);
  });

  it('shortens long labels (the full name is shown on hover)', () => {
    expect(shortLabel('Local Open Contracting Initiative (LOCI)')).toBe('Local Open Contracting Init…');
    expect(shortLabel('Hivos')).toBe('Hivos');
  });
});

describe('explorer: the status line', () => {
  it('states what is on show, with what the filters kept and why', () => {
    const base = { nodes: 34, totalNodes: 176, edges: 41, totalEdges: 307, muted: 0, undated: null };
    expect(describeVisible(base)).toBe('34 of 176 nodes and 41 of 307 relationships shown.');
    expect(describeVisible({ ...base, nodes: 176, edges: 307 })).toBe('All 176 nodes and 307 relationships shown.');
    expect(describeVisible({ ...base, muted: 12, undated: { nodes: 1, edges: 20 } })).toBe(
      '34 of 176 nodes and 41 of 307 relationships shown; 12 neighbours of the chosen themes or places in grey; the year filter keeps 1 undated node and 20 undated relationships.',
    );
  });
});

describe('explorer: text', () => {
  it('shows sources by title and publisher, with a link only to http(s) addresses', () => {
    expect(describeSource('LOCI announcement, Hivos, 26 March 2019 (seed-documents/000_0b9efbd7d1cf26cf.txt)')).toEqual({ title: 'LOCI announcement', publisher: 'Hivos, 26 March 2019', url: null });
    expect(describeSource('https://www.opengovpartnership.org/members/kaduna-state-nigeria/')).toEqual({ title: 'opengovpartnership.org', publisher: null, url: 'https://www.opengovpartnership.org/members/kaduna-state-nigeria/' });
    expect(describeSource('UN M49 standard country or area codes (https://unstats.un.org/unsd/methodology/m49/)')).toMatchObject({ title: 'UN M49 standard country or area codes', url: 'https://unstats.un.org/unsd/methodology/m49/' });
    expect(describeSource({ url: 'javascript:alert(1)', title: 'A trap', publisher: 'Nobody' })).toEqual({ title: 'A trap', publisher: 'Nobody', url: null });
    expect(describeSource('younginnovations/younginnovations.github.io about.md')).toMatchObject({ title: 'About', url: 'https://github.com/younginnovations/younginnovations.github.io/blob/HEAD/about.md' });
  });
});
