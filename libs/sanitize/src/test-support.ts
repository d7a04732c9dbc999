import type { RawTemplate } from '@dataset/domain';
import { indexContract, RUNTIME_CONTRACT } from './contract';
import { browserEnvironment } from './environment';
import { formatScene } from './formatting';
import type { Refusal } from './outcome';
import { printWithoutComments } from './printing';
import { SceneWorkspace } from './scene-module';
import { createStepContext, type ModuleTransformation, type SceneHints, type StepContext, type TextTransformation } from './step';
import { parseTsx } from './syntax';

/** Helpers the transformation tests share: run one step in isolation and look at what it did. */

export function rawTemplate(code: string, overrides: Partial<RawTemplate> = {}): RawTemplate {
  return {
    templateId: 'fixture',
    name: 'Fixture',
    sourceType: 'db',
    sourceId: '00000000-0000-4000-8000-000000000000',
    provenance: 'db',
    duration: 150,
    supportedFormats: ['landscape'],
    code,
    updatedAt: null,
    ...overrides,
  };
}

export interface StepRun {
  readonly fixes: string[];
  readonly warnings: string[];
  readonly hints: SceneHints;
}

const workspace = new SceneWorkspace();

function context(raw: RawTemplate, hints: SceneHints): StepRun & { context: StepContext } {
  const run = createStepContext(raw, indexContract(RUNTIME_CONTRACT), browserEnvironment(), (text) => workspace.syntaxErrors(text));
  Object.assign(run.hints, hints);
  return run;
}

export function runTextStep(step: TextTransformation, text: string): StepRun & { text: string | Refusal } {
  const run = context(rawTemplate(text), {});
  return { ...run, text: step.apply(text, run.context) };
}

/** Runs one module step; `code` is the module afterwards, printed and formatted so layout does not matter. */
export async function runModuleStep(
  step: ModuleTransformation,
  source: string,
  options: { raw?: Partial<RawTemplate>; hints?: SceneHints } = {},
): Promise<StepRun & { code: string; refusal: Refusal | undefined }> {
  const run = context(rawTemplate(source, options.raw), { ...options.hints });
  const scene = workspace.open(source);
  const refusal = step.apply(scene, run.context);
  const printed = printWithoutComments(scene.node);
  return { ...run, refusal, code: await formatScene(printed) };
}

/** `source` in the form module steps are compared in: printed without comments, then formatted. */
export function canonical(source: string): Promise<string> {
  return formatScene(printWithoutComments(parseTsx(source)));
}
