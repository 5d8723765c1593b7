// Reads a V8 heap snapshot (CDP HeapProfiler.takeHeapSnapshot, the .heapsnapshot format) into
// what the JS heap holds, by kind: compiled code (by V8's object: machine code, its tables,
// feedback, bytecode), strings, React's fibers, objects by constructor (plain objects by their
// first property names, so a props object names itself), closures, arrays. The embedder's (Blink's) own objects are left out: they are not part of
// `JSHeapUsedSize`, the bench's heap figure.

const LEFT_OUT = new Set(['native', 'synthetic', 'hidden']);
/** The prefix of every kind of V8's code objects. */
export const COMPILED = '(compiled code)';

function kindOf(type, name, properties) {
  // Machine code (InstructionStream) and its deoptimisation and position tables
  // (TrustedByteArray, ProtectedFixedArray) grow as V8 tiers hot functions up; bytecode and
  // feedback as functions first run (docs/decisions/0150).
  if (type === 'code') return `${COMPILED} ${name.replace(/^system \/ /, '')}`;
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
    return '(strings)';
  if (type === 'array') return `(array) ${name}`.trim();
  if (type === 'closure') return '(closures)';
  if (type === 'object' && name === 'Object') return `{${properties.slice(0, 5).join(', ')}}`;
  return `${type === 'object' ? '' : `(${type}) `}${name}`;
}

/** `snapshot`: the parsed JSON. Returns Map(kind -> { count, bytes }). */
export function heapByKind(snapshot) {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields;
  const edgeFields = meta.edge_fields;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const step = nodeFields.length;
  const edgeStep = edgeFields.length;
  const at = (field) => nodeFields.indexOf(field);
  const [type, name, size, edgeCount] = ['type', 'name', 'self_size', 'edge_count'].map(at);
  const edgeType = edgeFields.indexOf('type');
  const edgeName = edgeFields.indexOf('name_or_index');
  const { nodes, edges, strings } = snapshot;
  const kinds = new Map();
  let edge = 0;
  for (let node = 0; node < nodes.length; node += step) {
    const properties = [];
    for (let i = 0; i < nodes[node + edgeCount]; i += 1, edge += edgeStep)
      if (edgeTypes[edges[edge + edgeType]] === 'property')
        properties.push(strings[edges[edge + edgeName]]);
    const nodeType = nodeTypes[nodes[node + type]];
    if (LEFT_OUT.has(nodeType)) continue;
    const kind = kindOf(nodeType, strings[nodes[node + name]], properties);
    const entry = kinds.get(kind) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += nodes[node + size];
    kinds.set(kind, entry);
  }
  return kinds;
}

/** What `after` holds beyond `before`, largest first: [{ kind, count, bytes }]. */
export function heapGrowth(before, after) {
  const rows = [];
  for (const kind of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(kind) ?? { count: 0, bytes: 0 };
    const b = after.get(kind) ?? { count: 0, bytes: 0 };
    rows.push({ kind, count: b.count - a.count, bytes: b.bytes - a.bytes });
  }
  return rows.sort((x, y) => y.bytes - x.bytes);
}

/** Bytes of compiled code and of everything else in `kinds` (heapByKind's map). */
export function codeAndData(kinds) {
  let code = 0;
  let data = 0;
  for (const [kind, { bytes }] of kinds)
    if (kind.startsWith(COMPILED)) code += bytes;
    else data += bytes;
  return { code, data };
}
