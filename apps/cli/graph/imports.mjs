// @ts-check
/**
 * The workspace files and npm packages a module can load, found by following its imports: what an asset's
 * code inputs are, so that a file a stage starts to import is an input the moment the import is written.
 *
 * A scanner rather than a bundler: Nx runs inference plugins on every invocation (and its daemon on every
 * change), so this must cost milliseconds. It reads import and export declarations, dynamic `import()`,
 * `require()`, and `new URL('…', import.meta.url)` / `tsImport('…', import.meta.url)` file references, and
 * resolves relative paths and `@dataset/*` workspace packages through their package.json `exports`. It may
 * over-include (an import named in a comment, a type-only import), never under-include: a test holds it to
 * esbuild's own module graph.
 *
 * Plain JavaScript on purpose: Nx loads plugins before any TypeScript loader is registered.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** Type-only imports (`import type …`) are erased before anything runs, so they are not followed. */
const SPECIFIERS = [
  /\b(?:import|export)\s+(?!type\s)(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];
/** Files a module reaches by URL rather than by import: workers, helper scripts, data. */
const FILE_REFERENCES = /\b(?:new\s+URL|tsImport)\s*\(\s*['"]([^'"\n]+)['"]\s*,\s*import\.meta\.url\s*\)/g;
const RESOLVABLE = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs', '/index.js'];
const BUILTINS = new Set(builtinModules);

/**
 * The workspace's own packages (`@dataset/*`): name → folder and exports map.
 * @param {string} root
 * @returns {Map<string, { dir: string, exports: Record<string, string> }>}
 */
export function workspacePackages(root) {
  /** @type {Map<string, { dir: string, exports: Record<string, string> }>} */
  const packages = new Map();
  for (const group of ['libs', 'apps']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof pkg.name !== 'string') continue;
      const exports = typeof pkg.exports === 'string' ? { '.': pkg.exports } : (pkg.exports ?? {});
      packages.set(pkg.name, { dir: join(base, name), exports });
    }
  }
  return packages;
}

/** @param {string} path */
function resolveFile(path) {
  for (const suffix of RESOLVABLE) {
    const candidate = path + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // `./x.js` written for a TypeScript file, as ESM TypeScript spells it.
  if (/\.m?js$/.test(path)) {
    const ts = path.replace(/\.(m?)js$/, '.$1ts');
    if (existsSync(ts)) return ts;
  }
  return null;
}

/** @param {string} specifier @returns {string} */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** A package name as npm spells one; anything else (an import written inside a template string) is not an import. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

/**
 * @typedef {{ files: string[], packages: string[] }} ImportClosure
 * @typedef {{ file: string, dynamic?: boolean }} Entry  `dynamic: false` follows only the entry's static
 *   imports, for a dispatcher (the CLI's main) that loads every stage on demand but runs one.
 * @typedef {{ files: string[], dynamicFiles: string[], packages: string[] }} Edges
 */

/**
 * The import graph of a workspace, each file read once however many closures are asked of it.
 * @param {string} root absolute workspace root
 */
export function importGraph(root) {
  const packages = workspacePackages(root);
  /** @type {Map<string, Edges>} */
  const edges = new Map();
  /** @type {Set<string>} */
  const manifests = new Set();

  /** @param {string} from @param {string} specifier @param {Set<string>} external @returns {string | null} */
  const resolveSpecifier = (from, specifier, external) => {
    if (specifier.startsWith('.') || specifier.startsWith('/')) return resolveFile(join(dirname(from), specifier));
    if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return null;
    const name = packageName(specifier);
    if (!PACKAGE_NAME.test(name)) return null;
    const own = packages.get(name);
    if (!own) {
      external.add(name);
      return null;
    }
    const subpath = `.${specifier.slice(name.length)}`;
    const target = own.exports[subpath];
    if (!target) throw new Error(`${relative(root, from)}: ${specifier} is not exported by ${name} (package.json exports)`);
    manifests.add(join(own.dir, 'package.json'));
    return resolveFile(join(own.dir, target));
  };

  /** @param {string} file absolute @returns {Edges} */
  const edgesOf = (file) => {
    const known = edges.get(file);
    if (known) return known;
    /** @type {Edges} */
    const found = { files: [], dynamicFiles: [], packages: [] };
    if (/\.(?:[mc]?[jt]sx?)$/.test(file)) {
      const text = readFileSync(file, 'utf8');
      /** @type {Set<string>} */
      const external = new Set();
      SPECIFIERS.forEach((pattern, index) => {
        for (const match of text.matchAll(pattern)) {
          const resolved = resolveSpecifier(file, /** @type {string} */ (match[1]), external);
          if (resolved) (index === 0 ? found.files : found.dynamicFiles).push(resolved);
        }
      });
      for (const match of text.matchAll(FILE_REFERENCES)) {
        const resolved = resolveFile(join(dirname(file), /** @type {string} */ (match[1])));
        if (resolved) found.dynamicFiles.push(resolved);
      }
      found.packages = [...external];
      // Which file a workspace package's subpath resolves to is its package.json's business.
      found.files.push(...manifests);
      manifests.clear();
    }
    edges.set(file, found);
    return found;
  };

  return {
    /**
     * @param {Entry[]} entries workspace-relative files
     * @returns {ImportClosure} workspace-relative posix paths and package names, sorted
     */
    closure(entries) {
      /** @type {Set<string>} */
      const files = new Set();
      /** @type {Set<string>} */
      const external = new Set();
      /** @type {string[]} */
      const queue = [];
      const visit = (/** @type {string} */ absolute) => {
        if (files.has(absolute)) return;
        files.add(absolute);
        queue.push(absolute);
      };
      const staticOnly = new Set(entries.filter((e) => e.dynamic === false).map((e) => join(root, e.file)));
      for (const entry of entries) {
        const absolute = join(root, entry.file);
        if (!existsSync(absolute)) throw new Error(`${entry.file}: no such file (an asset's code entry)`);
        visit(absolute);
      }
      while (queue.length > 0) {
        const file = /** @type {string} */ (queue.shift());
        const found = edgesOf(file);
        found.files.forEach(visit);
        found.packages.forEach((p) => external.add(p));
        // A dispatcher's dynamic imports are the other stages: not what this one runs.
        if (!staticOnly.has(file)) found.dynamicFiles.forEach(visit);
      }
      return {
        files: [...files].map((f) => relative(root, f).split(sep).join('/')).sort(),
        packages: [...external].sort(),
      };
    },
  };
}
