/**
 * A plain-text summary of a V8 CPU profile (`node --cpu-prof`): where the service process spent its time, by
 * package and by function. Self time is time in a function's own code; total time includes what it called.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

const NODE_PARTS: [RegExp, string][] = [
  [/undici/, 'node: undici (Request, Response, Headers, FormData)'],
  [/webstreams/, 'node: web streams'],
  [/crypto/, 'node: crypto'],
  [/_http_|node:http$/, 'node: http'],
  [/node:net$|stream_base_commons|internal\/streams\/|node:stream$/, 'node: net and streams'],
  [/modules\/|bootstrap\//, 'node: module loading (start-up)'],
];

/** Which package (or part of Node) a script belongs to. */
function areaOf(url: string, name: string): string {
  if (SPECIAL.has(name)) return name;
  if (!url) {
    // Native socket writes; on loopback they include the kernel delivering the bytes to the other end.
    return /^write/.test(name) ? '(native socket writes)' : '(V8 builtins / native)';
  }
  if (url.startsWith('wasm://')) return 'PGlite: PostgreSQL in WebAssembly';
  if (url.startsWith('node:')) return NODE_PARTS.find(([pattern]) => pattern.test(url))?.[1] ?? 'node: other';
  if (url.includes('/bench/dist/')) return '@lgds/server (this package)';
  const workspace = /\/packages\/([^/]+)\/dist\//.exec(url);
  if (workspace) return `@lgds/${workspace[1]}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first = '', second = ''] = url.slice(modules + '/node_modules/'.length).split('/');
    const name = first.startsWith('@') ? `${first}/${second}` : first;
    return name === '@electric-sql/pglite' ? 'PGlite: its JavaScript (file system, protocol)' : name;
  }
  return url;
}

function where(url: string, line: number): string {
  if (!url) return '';
  const modules = url.lastIndexOf('/node_modules/');
  const short = modules >= 0 ? url.slice(modules + '/node_modules/'.length) : url.replace(/^.*\/packages\//, '');
  return ` ${short.replace(/^file:\/\//, '')}:${line + 1}`;
}

const ms = (micros: number) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

/** The profile at `file`, summarised in a few tables. */
export async function summariseProfile(file: string, top = 20): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const keyOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'}${where(node.callFrame.url, node.callFrame.lineNumber)}`;

  const areas = new Map<string, number>();
  const selfByKey = new Map<string, number>();
  const totalByKey = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  // Walks the call tree with the functions on the stack, so that a function's total counts each sample once
  // even when it is on the stack more than once (recursion).
  const walk = (id: number, onStack: Map<string, number>) => {
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    const time = self.get(id) ?? 0;
    const name = node.callFrame.functionName;
    if (name === '(idle)') idle += time;
    else if (time > 0) {
      busy += time;
      const area = areaOf(node.callFrame.url, name);
      areas.set(area, (areas.get(area) ?? 0) + time);
      selfByKey.set(key, (selfByKey.get(key) ?? 0) + time);
      for (const onIt of onStack.keys()) totalByKey.set(onIt, (totalByKey.get(onIt) ?? 0) + time);
    }
    for (const child of node.children ?? []) walk(child, onStack);
    const count = (onStack.get(key) ?? 1) - 1;
    if (count === 0) onStack.delete(key);
    else onStack.set(key, count);
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, new Map());

  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  const ours = (key: string) => /@lgds|bench\/dist|\/(core|react|garden-waste)\/dist\//.test(key);
  const lines = [
    `CPU profile ${basename(file)}: ${ms(busy).trim()} busy, ${ms(idle).trim()} idle`,
    '  Busy time by package (self time):',
    ...sorted(areas).map(([area, time]) => `    ${share(time, busy)} ${ms(time)}  ${area}`),
    `  Top ${top} functions by self time:`,
    ...sorted(selfByKey)
      .slice(0, top)
      .map(([key, time]) => `    ${share(time, busy)} ${ms(time)}  ${key}`),
    `  Top ${top} @lgds functions by total time (including what they call):`,
    ...sorted(totalByKey)
      .filter(([key]) => ours(key) || /renderToStaticMarkup|^query /.test(key))
      .slice(0, top)
      .map(([key, time]) => `    ${share(time, busy)} ${ms(time)}  ${key}`),
  ];
  return lines.join('\n');
}
