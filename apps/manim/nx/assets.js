// @ts-check
/**
 * The Manim asset graph, defined once. Each asset names the module its target runs, the targets whose
 * outputs it reads, what it reads besides its code (data files, the sources config, environment variables,
 * tools outside the workspace) and what it writes. The inference plugin (./sources-plugin.js) derives the
 * Nx targets from this list and from data/manim/sources.json: commands, `dependsOn`, outputs, and the code
 * inputs, from the import closure of each module (apps/cli/graph/imports.mjs, the dataset graph's scanner).
 * A file a stage starts to import is an input of its target the moment the import is written.
 *
 * Plain JavaScript on purpose: Nx loads plugins before any TypeScript loader is registered.
 */
import { importGraph } from '../../cli/graph/imports.mjs';

/**
 * @typedef {object} ManimAsset
 * @property {string} name  its target in project `manim`
 * @property {string} description
 * @property {string} code  the module the target runs (with tsx), workspace-relative
 * @property {string[]} [args]  the module's command-line arguments
 * @property {string[]} [upstream]  targets whose outputs it reads; `clean` stands for every source's
 * @property {string[]} [files]  workspace files it reads besides code
 * @property {boolean} [config]  reads the sources config, every field of it: the file is named on its command
 *   line (`--config`) and its content is an input
 * @property {string[]} [env]  environment variables it reads
 * @property {string[]} [runtime]  commands whose output stands for a tool it runs
 * @property {string[]} outputs  workspace-relative
 */

/** The project the assets are targets of, as apps/manim/project.json names it. */
export const PROJECT = 'manim';

/**
 * The one target per source (`clean` of project `manim-source-<source>`): its command, source input and outputs come from the source's
 * entry in the config; what is the same for every source is here.
 */
export const CLEAN = {
  code: 'apps/manim/src/clean.ts',
  // What `from manim import *` binds in the pinned release: a scene's names are checked against it.
  manimExports: 'data/manim/manim-exports-0.22.0.json',
  env: ['MANIM_PYTHON'],
  // CPython's parser decides what is valid Python, so its version is part of every verdict.
  runtime: ['"${MANIM_PYTHON:-python3}" --version 2>&1 || echo python3-missing'],
};

/** @type {ManimAsset[]} */
export const ASSETS = [
  {
    name: 'demo-parquet',
    description: 'Demo parquet source, written from a reviewable JSON file of columns',
    code: 'apps/manim/scripts/make-demo-parquet.ts',
    args: ['data/manim/hf-export.columns.json', 'dist/manim/demo/hf-export.parquet'],
    files: ['data/manim/hf-export.columns.json'],
    outputs: ['dist/manim/demo/hf-export.parquet'],
  },
  {
    name: 'combine',
    description: 'Dedup across sources, overlap report, 80/10/10 chat splits → dist/manim/combined/',
    code: 'apps/manim/src/combine.ts',
    upstream: ['clean'],
    config: true,
    outputs: ['dist/manim/combined'],
  },
  {
    name: 'judge',
    description: 'Optional LLM description↔code check (off unless MANIM_JUDGE_URL is set)',
    code: 'apps/manim/src/judge.ts',
    upstream: ['combine'],
    // Not MANIM_JUDGE_API_KEY: a key decides who pays for a verdict, not what it is.
    env: ['MANIM_JUDGE_URL', 'MANIM_JUDGE_MODEL'],
    outputs: ['dist/manim/judge'],
  },
  {
    name: 'render',
    description: 'Render validation: every kept scene runs in Manim and its last frame is drawn (skipped until `manim:setup-render`)',
    code: 'apps/manim/src/render.ts',
    upstream: ['combine'],
    env: ['MANIM_VENV'],
    // The environment's Manim and Python decide the verdicts; LaTeX decides whether Tex scenes render or skip.
    runtime: [
      `"\${MANIM_VENV:-.cache/manim-venv}/bin/python" -c "import importlib.metadata as m, platform; print(m.version('manim'), platform.python_version())" 2>/dev/null || echo manim-not-set-up`,
      'command -v latex dvisvgm || echo latex-missing',
    ],
    outputs: ['dist/manim/render'],
  },
  {
    // The dataset to train on. An asset of its own, not more of `render`: a card or filter change here
    // rewrites three files instead of re-rendering every scene, and `render` stays a report on `combine`.
    name: 'validated',
    description: 'The dataset to train on: combined splits less every scene whose render was rejected → dist/manim/validated/',
    code: 'apps/manim/src/validated.ts',
    upstream: ['combine', 'render'],
    outputs: ['dist/manim/validated'],
  },
];

/**
 * Targets that prepare a tool instead of producing an asset: never cached (what they make lives in .cache/,
 * outside Nx's outputs, and they check for themselves whether there is anything to do).
 * @type {{ name: string, description: string, code: string }[]}
 */
export const TOOLS = [
  {
    name: 'setup-render',
    description: 'Python virtual environment for manim:render (.cache/manim-venv or MANIM_VENV) with the pinned manim; fast when already there',
    code: 'apps/manim/src/setup-render.ts',
  },
];

/** What runs every module: tsx, which reads the workspace's TypeScript settings. */
const RUNNER = { files: ['tsconfig.json', 'tsconfig.base.json'], packages: ['tsx'] };

/**
 * Every workspace file and npm package a module's output can depend on through code: its import closure
 * and what runs it.
 * @param {string} root absolute workspace root
 * @param {string} code the module, workspace-relative
 * @param {ReturnType<typeof importGraph>} [graph]
 */
export function moduleCode(root, code, graph = importGraph(root)) {
  const closure = graph.closure([{ file: code }]);
  return {
    files: [...new Set([...RUNNER.files, ...closure.files])].sort(),
    packages: [...new Set([...RUNNER.packages, ...closure.packages])].sort(),
  };
}
