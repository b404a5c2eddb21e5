import { describe, expect, it } from 'vitest';
import { createGraph, mergeSubgraph, type ApiNode } from '../../explorer/src/graph-model.js';
import { csvCell, nodesCsv } from '../../explorer/src/csv.js';

// The explorer's CSV export: labels come from anyone who may edit the graph, so a cell a
// spreadsheet would run as a formula must reach it as text, as the server's /export CSV does.

describe("the explorer's CSV cells", () => {
  it('prefixes text that starts with = + - @ tab or CR with an apostrophe', () => {
    for (const text of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      const cell = csvCell(text);
      expect(cell.replace(/^"/, '').startsWith("'"), JSON.stringify(cell)).toBe(true);
    }
  });

  it('leaves plain text and numbers (negative ones too) as they are', () => {
    expect(csvCell('Hivos')).toBe('Hivos');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  });

  it('guards a formula label in a whole nodes.csv', () => {
    const graph = createGraph();
    const node = { id: 'evil', type: 'Theme', label: '=cmd|"/c calc"!A1', degree: null, betweenness: null, community: null, node: { __typename: 'Theme' } } as ApiNode;
    mergeSubgraph(graph, [node], []);
    const [, row] = nodesCsv(graph).trim().split('\r\n');
    expect(row.split(',')[1]).toBe(`"'=cmd|""/c calc""!A1"`);
  });
});
