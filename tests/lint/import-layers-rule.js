/**
 * ESLint rule `layers/imports`: every source file belongs to a layer (by folder), and a
 * layer may import only what the table in eslint.config.js allows: other layers, npm
 * packages, Node built-ins, and some layers only as `import type`. Relative paths are
 * resolved against the importing file, so `../../node/x.ts` is judged by where it lands,
 * not by how it is spelled. The same idea as VS Code's code-layering rule, written for
 * our table (DESIGN.md, "Import rules").
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules);

/** @typedef {{ name: string, dir: string, imports?: string[], typeImports?: string[], packages?: string[], node?: boolean }} Layer */

/** The layer whose `dir` is the longest prefix of `file` (repo-relative, forward slashes). */
export function layerOf(layers, file) {
  let best = null;
  for (const layer of layers) {
    if ((file === layer.dir || file.startsWith(`${layer.dir}/`)) && (!best || layer.dir.length > best.dir.length)) best = layer;
  }
  return best;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Why `specifier` may not be imported from `file`, or null when it may. */
export function violation(layers, root, file, specifier, typeOnly) {
  const from = layerOf(layers, file);
  if (!from) return null;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.relative(root, path.resolve(root, path.dirname(file), specifier)).split(path.sep).join('/');
    const to = layerOf(layers, target);
    // An entry names a layer folder or one file (e.g. electron/core/index.ts, the core's only door).
    const covers = (entries) => (entries ?? []).some((entry) => target === entry || to?.dir === entry || to?.dir.startsWith(`${entry}/`));
    if (covers(from.imports)) return null;
    if (covers(from.typeImports)) return typeOnly ? null : `${from.name} may import ${to?.name ?? target} only with \`import type\``;
    return `${from.name} may not import ${to?.name ?? target}`;
  }
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (specifier.startsWith('node:') || BUILTINS.has(packageName(bare))) {
    return from.node ? null : `${from.name} may not import the Node built-in '${specifier}'`;
  }
  if ((from.packages ?? []).includes(packageName(specifier))) return null;
  return `${from.name} may not import the package '${packageName(specifier)}'`;
}

/** @param {{ root: string, layers: Layer[] }} options */
export function createImportLayersRule({ root, layers }) {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'Enforce the import table of DESIGN.md between runtime layers.' },
      messages: { forbidden: '{{reason}} (DESIGN.md, "Import rules").' },
      schema: [],
    },
    create(context) {
      const file = path.relative(root, context.filename).split(path.sep).join('/');
      const check = (node, source, typeOnly) => {
        if (!source || typeof source.value !== 'string') return;
        const reason = violation(layers, root, file, source.value, typeOnly);
        if (reason) context.report({ node, messageId: 'forbidden', data: { reason } });
      };
      const allTypes = (node) =>
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
      return {
        ImportDeclaration: (node) => check(node, node.source, allTypes(node)),
        ExportNamedDeclaration: (node) => check(node, node.source, allTypes(node)),
        ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
        ImportExpression: (node) => check(node, node.source, false),
        TSImportType: (node) => check(node, node.argument?.literal ?? node.source, true),
        CallExpression: (node) => {
          if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0], false);
        },
      };
    },
  };
}
