import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bundle } from '@remotion/bundler';
import type { RuntimeContract } from '@dataset/sanitize';
import { PRELUDE_LINES, writeBundleEntry, type EntryScene } from './entry';

export interface SceneBundle {
  /** Where the renderer loads the bundle from; null when no scene compiled. */
  readonly serveUrl: string | null;
  /** Scene file → the compiler's message, for scenes the bundler refused. */
  readonly compileErrors: ReadonlyMap<string, string>;
}

/** The entry lives in a temp folder, outside any node_modules tree: resolve packages from the workspace's. */
const NODE_MODULES = dirname(dirname(createRequire(import.meta.url).resolve('remotion/package.json')));

/**
 * One bundle for a batch of scenes. The bundler stops at the first compile error of any module, so a scene it
 * cannot compile (valid TypeScript syntax that the compiler still refuses, such as a redeclared `const`) is
 * taken out, recorded, and the rest bundled again; an error that names no scene is the run's, and thrown.
 */
export async function bundleScenes(scenes: readonly EntryScene[], workDir: string, contract: RuntimeContract): Promise<SceneBundle> {
  const compileErrors = new Map<string, string>();
  let remaining = [...scenes];
  while (remaining.length > 0) {
    const entryDir = join(workDir, 'entry');
    const outDir = join(workDir, 'bundle');
    rmSync(entryDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    const entryPoint = writeBundleEntry(entryDir, remaining, contract);
    try {
      const serveUrl = await bundle({
        entryPoint,
        outDir,
        rootDir: entryDir,
        enableCaching: false,
        // Rspack bundles a batch in ~2 s where webpack takes ~10 s; both compile the same TSX.
        rspack: true,
        bundlerOverride: (config) => ({ ...config, resolve: { ...config.resolve, modules: [NODE_MODULES, 'node_modules'] } }),
      });
      keepRenderMuted(join(outDir, 'index.html'));
      return { serveUrl, compileErrors };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const culprits = remaining.filter((scene) => message.includes(`scenes/${scene.file}.tsx`));
      if (culprits.length === 0) throw error;
      for (const scene of culprits) compileErrors.set(scene.file, compilerMessage(message, scene.file));
      remaining = remaining.filter((scene) => !culprits.includes(scene));
    }
  }
  return { serveUrl: null, compileErrors };
}

const AUDIO_ON = '<script>window.remotion_audioEnabled = true;</script>';

/**
 * The bundle's page switches audio on itself (`window.remotion_audioEnabled = true`, Remotion 4.0.527),
 * after the renderer set it from `muted`. Audio on, every `<Audio>`, `<Video>` and `<OffthreadVideo>` is
 * collected for mixing and the renderer downloads its source from Node — past the browser's offline network,
 * to the real host. Thumbnails have no sound, so the line goes and `muted: true` holds.
 */
function keepRenderMuted(indexHtml: string): void {
  const html = readFileSync(indexHtml, 'utf8');
  if (html.includes(AUDIO_ON)) writeFileSync(indexHtml, html.replace(AUDIO_ON, ''));
  else if (html.includes('remotion_audioEnabled')) throw new Error(`${indexHtml} sets remotion_audioEnabled in a way render validation does not know: renders could download audio from Node`);
}

/**
 * The compiler's one-line reason (rspack prints a framed report), with the position in the scene's own
 * lines rather than the bundled file's.
 */
export function compilerMessage(report: string, file: string): string {
  const reason = /×\s+x\s+(.+)$/m.exec(report)?.[1]?.trim() ?? report.split('\n')[0]!.replace(/^[\s×]+/, '').trim();
  const at = new RegExp(`scenes/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tsx:(\\d+):\\d+`).exec(report);
  return at ? `${reason} (line ${Number(at[1]) - PRELUDE_LINES})` : reason;
}
