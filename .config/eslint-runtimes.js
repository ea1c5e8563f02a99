// The lint side of "where code runs" (README, "Architecture"): lib/ has one folder per runtime
// named in runtimes.json, plus lib/shared/. Everything here is derived from that file and from
// the folder names; tests/unit/boundaries.test.ts checks the same layout on the import graph.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const layout = JSON.parse(readFileSync(new URL('./runtimes.json', import.meta.url), 'utf8'));
export const runtimeNames = Object.keys(layout.runtimes);

/** The glob of a declared entrypoint: a file, or a folder with everything in it. */
const entrypointGlob = (name) => (/\.tsx?$/.test(name) ? `entrypoints/${name}` : `entrypoints/${name}/**/*.{ts,tsx}`);

/** The files of one runtime: its folder in lib/ and its entrypoints. */
export const filesOf = (runtime) => [
  `lib/${runtime}/**/*.{ts,tsx}`,
  ...layout.runtimes[runtime].entrypoints.map(entrypointGlob),
];

/** The runtime a project file belongs to: 'shared', a runtime's name, or null (components, stores, tests). */
function runtimeOfFile(file) {
  const inLib = /^lib\/([^/]+)\//.exec(file);
  if (inLib) return inLib[1];
  const entry = /^entrypoints\/([^/]+)/.exec(file);
  if (!entry) return null;
  return runtimeNames.find((name) => layout.runtimes[name].entrypoints.includes(entry[1])) ?? null;
}

/** The lib/ folder an import specifier lands in, or null (a package, or outside lib/). */
function libFolderOf(spec, importer) {
  const clean = spec.replace(/\?[\w&=]*$/, '');
  let target;
  if (clean.startsWith('@/')) target = clean.slice(2);
  else if (clean.startsWith('.')) target = relative(ROOT, join(ROOT, dirname(importer), clean));
  else return null;
  return /^lib\/([^/]+)\//.exec(target)?.[1] ?? null;
}

const folders = {
  meta: {
    type: 'problem',
    docs: { description: 'A runtime folder of lib/ is loaded only by its own runtime; lib/shared/ by none of them.' },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename);
    const from = runtimeOfFile(file);
    if (!from) return {};
    // `import type` is erased from the build: a type may cross runtimes (the protocol's types do).
    const check = (node, source, typeOnly) => {
      if (typeOnly || !source || typeof source.value !== 'string') return;
      const to = libFolderOf(source.value, file);
      if (!to || to === from || !runtimeNames.includes(to)) return;
      context.report({
        node,
        message:
          from === 'shared'
            ? `lib/shared/ is loaded by several runtimes, so it cannot load lib/${to}/, which runs only in the ${to}. Move what it needs to lib/shared/ too.`
            : `lib/${to}/ runs only in the ${to}; the ${from} cannot load it. Move what both need to lib/shared/.`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
    };
  },
};

export const runtimesPlugin = { rules: { folders } };

/**
 * One no-restricted-imports / no-restricted-globals block per runtime (and one for lib/shared,
 * components and stores, which run in more than one): the packages and globals runtimes.json
 * names, the server packages everywhere but in Node. Blocks never overlap, so none overrides
 * another's list.
 */
export function runtimeBlocks(base) {
  const server = layout.serverPackages.map((name) => ({
    name,
    message: 'A server package: it runs in Node (lib/node/), never in the extension.',
  }));
  const packageRule = (names, why) => [...names.map((name) => ({ name, message: `Not here: ${why}.` })), ...server];
  const blocks = runtimeNames.map((runtime) => {
    const { packagesNotAllowed, globalsNotAllowed = [], why } = layout.runtimes[runtime];
    const rules = {};
    if (runtime !== 'node') rules['no-restricted-imports'] = ['error', { paths: packageRule(packagesNotAllowed, why) }];
    if (globalsNotAllowed.length)
      rules['no-restricted-globals'] = [
        'error',
        ...globalsNotAllowed.map((name) => ({ name, message: `No ${name} here: ${why}.` })),
      ];
    return { ...base, files: filesOf(runtime), rules };
  });
  // What several runtimes load may use only what all of the extension's runtimes but the worker
  // may: no database, no server package.
  const everywhere = [
    ...new Set(
      runtimeNames
        .filter((name) => name !== 'worker' && name !== 'node' && name !== 'watcher')
        .flatMap((name) => layout.runtimes[name].packagesNotAllowed),
    ),
  ];
  blocks.push({
    ...base,
    files: ['lib/shared/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'stores/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: packageRule(everywhere, 'this code runs outside the worker, which alone opens the database') },
      ],
    },
  });
  blocks.push({
    ...base,
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { runtimes: runtimesPlugin },
    rules: { 'runtimes/folders': 'error' },
  });
  return blocks;
}
