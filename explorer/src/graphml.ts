/**
 * A GraphML writer for the browser (graphology-graphml only parses): one <key> per attribute
 * name, typed from the values (int, double, boolean, else string); null values are left out.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

const escape = (text: string) => text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

type KeyType = 'int' | 'double' | 'boolean' | 'string';

function typeOf(values: unknown[]): KeyType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function keysOf(items: Attributes[], domain: 'node' | 'edge', prefix: string): { name: string; id: string; type: KeyType; domain: string }[] {
  const names = [...new Set(items.flatMap((a) => Object.keys(a)))].sort();
  return names.map((name, i) => ({ name, id: `${prefix}${i}`, type: typeOf(items.map((a) => a[name])), domain }));
}

function data(keys: ReturnType<typeof keysOf>, attributes: Attributes): string {
  return keys
    .filter((k) => attributes[k.name] !== null && attributes[k.name] !== undefined)
    .map((k) => `<data key="${k.id}">${escape(String(attributes[k.name]))}</data>`)
    .join('');
}

/** Serialises a graph as a GraphML document (directed edges, with their keys as edge ids). */
export function writeGraphml(graph: AbstractGraph): string {
  const nodeKeys = keysOf(graph.mapNodes((_n, a) => a), 'node', 'n');
  const edgeKeys = keysOf(graph.mapEdges((_e, a) => a), 'edge', 'e');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys, ...edgeKeys].map((k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${escape(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="loci" edgedefault="directed">',
    ...graph.mapNodes((node, a) => `    <node id="${escape(node)}">${data(nodeKeys, a)}</node>`),
    ...graph.mapEdges((edge, a, source, target) => `    <edge id="${escape(edge)}" source="${escape(source)}" target="${escape(target)}">${data(edgeKeys, a)}</edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
