import type { RawTemplate } from '@dataset/domain';
import type { ts } from 'ts-morph';
import type { ContractIndex } from './contract';
import type { BrowserEnvironment } from './environment';
import type { Refusal } from './outcome';
import type { SceneModule } from './scene-module';

/** What earlier transformations learned about the scene that later ones decide with. */
export interface SceneHints {
  /** The scene component a trailing `return X` or a registry `templateConfig.component` named. */
  component?: string;
  /** A duration the code states outside `durationInFrames` (a registry `templateConfig.duration`). */
  durationInFrames?: number;
}

export interface StepContext {
  readonly raw: RawTemplate;
  readonly contract: ContractIndex;
  readonly environment: BrowserEnvironment;
  readonly hints: SceneHints;
  /** Records a fix applied to this template, e.g. `stripped-fence` or `renamed-suffix:a→b`. */
  fix(code: string): void;
  warn(message: string): void;
  /** Syntax diagnostics of a candidate text, from the sanitizer's one workspace. */
  syntaxErrors(text: string): readonly ts.Diagnostic[];
}

/** A transformation over the module text, before it parses (fences, prose, broken tokens). */
export interface TextTransformation {
  readonly name: string;
  apply(text: string, context: StepContext): string | Refusal;
}

/** A transformation over the parsed module; it edits `scene` in place or refuses. */
export interface ModuleTransformation {
  readonly name: string;
  apply(scene: SceneModule, context: StepContext): Refusal | undefined;
}

/** A fresh context for one template; fixes and warnings are recorded once each, in the order first seen. */
export function createStepContext(
  raw: RawTemplate,
  contract: ContractIndex,
  environment: BrowserEnvironment,
  syntaxErrors: (text: string) => readonly ts.Diagnostic[],
): { context: StepContext; fixes: string[]; warnings: string[]; hints: SceneHints } {
  const fixes: string[] = [];
  const warnings: string[] = [];
  const hints: SceneHints = {};
  const context: StepContext = {
    raw,
    contract,
    environment,
    hints,
    fix: recordOnce(fixes),
    warn: recordOnce(warnings),
    syntaxErrors,
  };
  return { context, fixes, warnings, hints };
}

/** Appends each entry to `list` the first time it is seen (a module can rename tens of thousands of names). */
function recordOnce(list: string[]): (entry: string) => void {
  const seen = new Set(list);
  return (entry) => {
    if (seen.has(entry)) return;
    seen.add(entry);
    list.push(entry);
  };
}
