import { describe, expect, it } from 'vitest';
import { codeAndData, heapByKind, heapGrowth } from './heap-snapshot.mjs';

// A snapshot in V8's format: nodes [type, name, id, self_size, edge_count], edges
// [type, name_or_index, to_node].
function snapshot(nodes, edges = []) {
  const strings = [];
  const string = (text) => {
    if (!strings.includes(text)) strings.push(text);
    return strings.indexOf(text);
  };
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native'];
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [types],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [['context', 'element', 'property', 'internal']],
      },
    },
    nodes: nodes.flatMap(([type, name, size, edgeCount = 0], id) => [
      types.indexOf(type),
      string(name),
      id,
      size,
      edgeCount,
    ]),
    edges: edges.flatMap(([type, name]) => [
      ['context', 'element', 'property', 'internal'].indexOf(type),
      string(name),
      0,
    ]),
    strings,
  };
}

describe('heap snapshots', () => {
  it('sums the JS heap by kind, naming plain objects by their properties', () => {
    const kinds = heapByKind(
      snapshot(
        [
          ['object', 'Object', 40, 2],
          ['object', 'FiberNode', 100],
          ['object', 'FiberNode', 100],
          ['code', 'system / InstructionStream', 900],
          ['string', 'By Ada', 24],
          ['native', 'HTMLDivElement', 500],
        ],
        [
          ['property', 'article'],
          ['property', 'position'],
        ],
      ),
    );
    expect(kinds.get('{article, position}')).toEqual({ count: 1, bytes: 40 });
    expect(kinds.get('FiberNode')).toEqual({ count: 2, bytes: 200 });
    expect(kinds.get('(compiled code) InstructionStream')).toEqual({ count: 1, bytes: 900 });
    expect(kinds.get('(strings)')).toEqual({ count: 1, bytes: 24 });
    expect([...kinds.keys()].some((kind) => kind.includes('HTMLDivElement'))).toBe(false);
  });

  it('lists what the later snapshot holds beyond the earlier one, largest first', () => {
    const before = heapByKind(snapshot([['object', 'FiberNode', 100]]));
    const after = heapByKind(
      snapshot([
        ['object', 'FiberNode', 100],
        ['object', 'FiberNode', 100],
        ['code', 'system / InstructionStream', 900],
      ]),
    );
    expect(heapGrowth(before, after)).toEqual([
      { kind: '(compiled code) InstructionStream', count: 1, bytes: 900 },
      { kind: 'FiberNode', count: 1, bytes: 100 },
    ]);
  });

  it('tells compiled code of every kind from the data beside it', () => {
    const kinds = heapByKind(
      snapshot([
        ['code', 'system / InstructionStream', 900],
        ['code', 'system / FeedbackVector', 60],
        ['object', 'FiberNode', 100],
        ['string', 'By Ada', 24],
      ]),
    );
    expect(kinds.get('(compiled code) FeedbackVector')).toEqual({ count: 1, bytes: 60 });
    expect(codeAndData(kinds)).toEqual({ code: 960, data: 124 });
  });
});
