/**
 * What holds detached DOM nodes in a Chromium heap snapshot (issue 25, P11). Take one with CDP
 * `HeapProfiler.takeHeapSnapshot` (chunks of `HeapProfiler.addHeapSnapshotChunk`, joined), then:
 *
 *   npx tsx tests/tools/heap-retainers.ts page.heapsnapshot [paths]
 *
 * Detached = a DOM node (native `<tag…>`, Text, ShadowRoot…) not reachable from a document over
 * DOM→DOM edges, as DevTools computes it (the snapshot itself marks only the documents). For each
 * detached tree it prints the shortest retainer path from the GC roots (weak edges skipped),
 * grouped, the largest groups first, then a count per first JavaScript holder on those paths.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const [file, shown = '8'] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx tests/tools/heap-retainers.ts <file.heapsnapshot> [paths to print]');
  process.exit(2);
}
const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const { meta } = snap.snapshot;
const NFL = meta.node_fields.length;
const EFL = meta.edge_fields.length;
const [nodeTypes] = meta.node_types;
const [edgeTypes] = meta.edge_types;
const field = (name: string) => meta.node_fields.indexOf(name);
const [iType, iName, iEdges, iDetached] = [field('type'), field('name'), field('edge_count'), field('detachedness')];
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((name) => meta.edge_fields.indexOf(name)) as [
  number,
  number,
  number,
];
const N = snap.nodes.length / NFL;
const firstEdge = new Uint32Array(N + 1);
for (let n = 0, e = 0; n < N; n += 1) {
  firstEdge[n] = e;
  e += snap.nodes[n * NFL + iEdges]! * EFL;
  firstEdge[n + 1] = e;
}
const name = (n: number) => snap.strings[snap.nodes[n * NFL + iName]!]!;
const type = (n: number) => nodeTypes[snap.nodes[n * NFL + iType]!]!;
const edgeType = (e: number) => edgeTypes[snap.edges[e + eType]!]!;
const target = (e: number) => snap.edges[e + eTo]! / NFL;
const edgeLabel = (e: number) => {
  const kind = edgeType(e);
  const value = snap.edges[e + eName]!;
  return kind === 'element' || kind === 'hidden' ? `[${value}]` : `${kind}:${snap.strings[value]}`;
};
const isDom = (n: number) =>
  type(n) === 'native' && /^(<|#text|#comment|#document-fragment|ShadowRoot|Text|Comment)/.test(name(n));

// Shortest paths from the root (node 0), weak edges skipped.
const parent = new Int32Array(N).fill(-1);
const parentEdge = new Int32Array(N).fill(-1);
const seen = new Uint8Array(N);
const queue = new Int32Array(N);
let head = 0;
let tail = 0;
queue[tail++] = 0;
seen[0] = 1;
while (head < tail) {
  const n = queue[head++]!;
  for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EFL) {
    if (edgeType(e) === 'weak') continue;
    const to = target(e);
    if (seen[to]) continue;
    seen[to] = 1;
    parent[to] = n;
    parentEdge[to] = e;
    queue[tail++] = to;
  }
}

// Attached: reachable from a document (detachedness 1) over DOM→DOM edges.
const attached = new Uint8Array(N);
const stack: number[] = [];
for (let n = 0; n < N; n += 1) {
  if (iDetached >= 0 && snap.nodes[n * NFL + iDetached] === 1) {
    attached[n] = 1;
    stack.push(n);
  }
}
while (stack.length) {
  const n = stack.pop()!;
  for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EFL) {
    const to = target(e);
    if (edgeType(e) !== 'weak' && !attached[to] && isDom(to)) {
      attached[to] = 1;
      stack.push(to);
    }
  }
}
const detached: number[] = [];
const isDetached = new Uint8Array(N);
for (let n = 0; n < N; n += 1) {
  if (isDom(n) && !attached[n]) {
    detached.push(n);
    isDetached[n] = 1;
  }
}
console.log(`DOM nodes: ${detached.length} detached, ${detached.filter((n) => seen[n]).length} of them retained`);

const paths = new Map<string, number>();
const holders = new Map<string, number>();
for (const n of detached) {
  if (!seen[n]) continue;
  let top = n;
  while (parent[top]! >= 0 && isDetached[parent[top]!]) top = parent[top]!;
  const path: string[] = [];
  for (let x = top; x > 0 && path.length < 16; x = parent[x]!) {
    path.push(`${type(x)}:${name(x).slice(0, 70)} <-${edgeLabel(parentEdge[x]!)}-`);
  }
  const key = path.join('\n   ');
  paths.set(key, (paths.get(key) ?? 0) + 1);
  let holder = n;
  while (holder > 0 && type(holder) !== 'object' && type(holder) !== 'closure') holder = parent[holder]!;
  const via = parentEdge[holder]! >= 0 ? edgeLabel(parentEdge[holder]!) : '';
  const holderKey = `${type(holder)}:${name(holder).slice(0, 60)} (held by ${via})`;
  holders.set(holderKey, (holders.get(holderKey) ?? 0) + 1);
}
for (const [path, count] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, Number(shown))) {
  console.log(`\n${count} detached nodes under:\n   ${path}`);
}
console.log('\nDetached nodes by their first JavaScript holder:');
for (const [holder, count] of [...holders].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${count}\t${holder}`);
