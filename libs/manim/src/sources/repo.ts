import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DescriptionOrigin, ExampleRejection, RawExample } from '../model';
import { describePythonError, type ModuleFacts, type StatementFacts } from '../python/facts';
import { sceneClassNames } from '../scenes';
import { sourcePathError } from './record';
import type { SourceIndex, SourcePlugin } from './plugin';

const SKIPPED_DIRECTORIES = new Set(['__pycache__', 'node_modules', 'venv', 'media']);

/** Every `.py` file under `root`, as sorted forward-slash relative paths (stable ids on every OS). */
export function listPythonFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        found.push(relative(root, full).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** `pkg/sub/util.py` can be imported as `pkg.sub.util`, or as `sub.util` / `util` from beside it. */
export function moduleNamesOf(file: string): string[] {
  const parts = file.replace(/\.py$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  const names = new Set<string>();
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 1; end <= parts.length; end++) names.add(parts.slice(start, end).join('.'));
  }
  return [...names];
}

const GENERIC_FILE_NAMES = new Set(['main', 'scene', 'scenes', 'test', 'tests', 'demo', 'demos', 'example', 'examples', 'untitled', 'video', 'manim', 'animation', 'animations', 'anim', 'temp', 'tmp', 'script', 'project', 'run']);

/** "circle_to_square.py" → "Circle to square"; null when the name says nothing (main.py, scene2.py). */
export function describeFromFileName(file: string): string | null {
  const stem = (file.split('/').pop() ?? file).replace(/\.py$/, '');
  const words = stem
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w && !/^\d+$/.test(w));
  if (words.length < 2 || words.every((w) => GENERIC_FILE_NAMES.has(w))) return null;
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The comment block right above a class (or its decorators), or null. */
export function commentAbove(facts: ModuleFacts, statement: StatementFacts): string | null {
  const byLine = new Map(facts.comments.map((c) => [c.line, c.text]));
  const lines: string[] = [];
  for (let line = statement.line - 1; byLine.has(line); line--) lines.unshift(byLine.get(line)!);
  const text = lines
    .map((l) => l.replace(/^#+\s?/, '').trim())
    .filter((l) => l && !/^(-|=|\*|#)+$/.test(l) && !/^(noqa|type:|pylint:|fmt:)/.test(l))
    .join(' ')
    .trim();
  return text || null;
}

function describeScene(facts: ModuleFacts, scene: StatementFacts, file: string, scenesInFile: number): { description: string | null; origin: DescriptionOrigin } {
  if (scene.docstring?.trim()) return { description: scene.docstring.trim(), origin: 'docstring' };
  const comment = commentAbove(facts, scene);
  if (comment) return { description: comment, origin: 'comment' };
  // A module docstring or file name describes the file, which is the scene only when it holds just one.
  if (scenesInFile === 1 && facts.docstring?.trim()) return { description: facts.docstring.trim(), origin: 'module-docstring' };
  const fromName = scenesInFile === 1 ? describeFromFileName(file) : null;
  if (fromName) return { description: fromName, origin: 'file-name' };
  return { description: null, origin: 'pending' };
}

/** A folder of `.py` files: one example per Scene subclass that defines `construct`. */
export const repoSource: SourcePlugin = {
  kind: 'repo',
  read: async (spec, { checker }) => {
    let isDirectory = false;
    try {
      isDirectory = statSync(spec.path).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (!isDirectory) throw sourcePathError(spec.path, `source "${spec.name}" (kind repo) must be a folder of .py files`);

    const files = listPythonFiles(spec.path);
    const parsed: { file: string; code: string; facts: ModuleFacts }[] = [];
    const rejections: ExampleRejection[] = [];
    for (const file of files) {
      const code = readFileSync(join(spec.path, file), 'utf8').replace(/\r\n?/g, '\n');
      const result = await checker.analyze(code);
      if (result.ok) parsed.push({ file, code, facts: result.value });
      else
        rejections.push({
          source: spec.name,
          exampleId: `${spec.name}:${file}`,
          locator: file,
          rule: 'read',
          code: 'SYNTAX_ERROR',
          message: `${file}: ${describePythonError(result.error)}; none of its scenes can be extracted`,
        });
    }

    const classes = new Map<string, string[]>();
    const definitions = new Map<string, string[]>();
    const localModules = new Set<string>();
    for (const { file, facts } of parsed) {
      moduleNamesOf(file).forEach((m) => localModules.add(m));
      for (const statement of facts.statements) {
        if (statement.kind === 'class' && statement.name) classes.set(statement.name, statement.bases ?? []);
        if (statement.kind === 'class' || statement.kind === 'function' || statement.kind === 'assign') {
          for (const name of statement.binds) definitions.set(name, [...(definitions.get(name) ?? []), file]);
        }
      }
    }
    const scenes = sceneClassNames(classes);

    const examples: RawExample[] = [];
    for (const { file, code, facts } of parsed) {
      const own = facts.statements.filter((s) => s.kind === 'class' && s.name && scenes.has(s.name) && s.methods?.includes('construct'));
      for (const scene of own) {
        const { description, origin } = describeScene(facts, scene, file, own.length);
        const locator = `${file}::${scene.name}`;
        examples.push({
          source: spec.name,
          exampleId: `${spec.name}:${locator}`,
          locator,
          description,
          descriptionOrigin: origin,
          text: code.slice(scene.start, scene.end),
          module: { file, code },
        });
      }
    }
    const index: SourceIndex = { definitions, localModules };
    return { examples, rejections, index };
  },
};
