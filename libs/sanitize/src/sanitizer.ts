import { sha256, type RawTemplate, type SanitizedScene } from '@dataset/domain';
import type { ts } from 'ts-morph';
import { indexContract, RUNTIME_CONTRACT, type ContractIndex, type RuntimeContract } from './contract';
import { browserEnvironment, type BrowserEnvironment } from './environment';
import { formatScene } from './formatting';
import { isRefusal, refuse, RefusalError, SANITIZED_STAGE, type Refusal, type SanitizeOutcome } from './outcome';
import { SANITIZE_PIPELINE } from './pipeline';
import { hasComments, printWithoutComments } from './printing';
import { parserErrors, parseScene, SceneWorkspace } from './scene-module';
import { createStepContext } from './step';
import { durationDeclaration, literalFrames } from './transforms/ensure-duration-export';

export interface Sanitizer {
  sanitize(raw: RawTemplate): Promise<SanitizeOutcome>;
}

export interface SanitizerOptions {
  /** Defaults to RUNTIME_CONTRACT. SANITIZER_VERSION describes the default contract only. */
  readonly contract?: RuntimeContract;
  /** Defaults to `browserEnvironment()`; a caller may pass one it kept from an earlier process. */
  readonly environment?: BrowserEnvironment;
  /** Formatted modules remembered from earlier runs; absent, every module is formatted afresh. */
  readonly formatted?: FormattedModules;
}

/**
 * Prettier's output for a printed module, remembered by the caller (it takes ~40 % of a template's time).
 * Formatting is a pure function of the printed text, prettier's version and its options, so a caller keys
 * records by those alone: after a change to the transformations, every module they still print the same
 * way is not formatted again.
 */
export interface FormattedModules {
  get(printed: string): string | undefined;
  put(printed: string, formatted: string): void;
}

/** A module shaped and printed, before prettier: everything that needs the (shared, synchronous) workspace. */
interface ShapedScene {
  readonly printed: string;
  readonly fixes: string[];
  readonly warnings: string[];
}

/**
 * One sanitizer owns one workspace (ts-morph Project, in-memory file system, one scene file replaced per
 * call) and one contract index. All tree work happens synchronously before the first `await`, so concurrent
 * `sanitize` calls never see each other's scene.
 */
export function createSanitizer(options: SanitizerOptions = {}): Sanitizer {
  const workspace = new SceneWorkspace();
  const contract = indexContract(options.contract ?? RUNTIME_CONTRACT);
  const environment = options.environment ?? browserEnvironment();

  return {
    async sanitize(raw) {
      const rejected = (refusal: Refusal): SanitizeOutcome => ({
        kind: 'rejected',
        rejection: { templateId: raw.templateId, stage: SANITIZED_STAGE, code: refusal.refused, message: refusal.message },
      });
      const shaped = shapeScene(raw, workspace, contract, environment);
      if (isRefusal(shaped)) return rejected(shaped);

      let code = options.formatted?.get(shaped.printed);
      if (code === undefined) {
        try {
          code = await formatScene(shaped.printed);
        } catch (error) {
          return rejected(refuse('FORMAT_ERROR', `prettier: ${firstLine((error as Error).message)}`));
        }
        options.formatted?.put(shaped.printed, code);
      }
      const formatted = parseScene(code);
      if (parserErrors(formatted).length > 0) return rejected(refuse('FORMAT_ERROR', 'the formatted module does not parse'));

      const scene: SanitizedScene = {
        templateId: raw.templateId,
        sourceType: raw.sourceType,
        sourceId: raw.sourceId,
        provenance: raw.provenance,
        duration: raw.duration,
        supportedFormats: raw.supportedFormats,
        codeDurationInFrames: literalFrames(formatted, durationDeclaration(formatted)?.initializer) ?? null,
        code,
        codeSha256: sha256(code),
        fixes: shaped.fixes,
        warnings: shaped.warnings,
      };
      return { kind: 'kept', scene };
    },
  };
}

function shapeScene(
  raw: RawTemplate,
  workspace: SceneWorkspace,
  contract: ContractIndex,
  environment: BrowserEnvironment,
): ShapedScene | Refusal {
  const { context, fixes, warnings } = createStepContext(raw, contract, environment, (text) => workspace.syntaxErrors(text));

  let text = raw.code.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return refuse('EMPTY_CODE', 'the template code is empty');
  for (const transformation of SANITIZE_PIPELINE.text) {
    const result = guarded(transformation.name, () => transformation.apply(text, context));
    if (isRefusal(result)) return result;
    text = result;
  }

  const scene = guarded('parse', () => workspace.open(text));
  if (isRefusal(scene)) return scene;
  const errors = scene.syntaxErrors();
  if (errors.length > 0) return refuse('PARSE_ERROR', describeSyntaxErrors(scene.node, errors));
  for (const transformation of SANITIZE_PIPELINE.module) {
    const refusal = guarded(transformation.name, () => transformation.apply(scene, context));
    if (refusal) return refusal;
  }
  const afterEdits = scene.syntaxErrors();
  if (afterEdits.length > 0) return refuse('PARSE_ERROR', `after repairs: ${describeSyntaxErrors(scene.node, afterEdits)}`);

  if (hasComments(scene.node)) context.fix('removed-comments');
  return { printed: printWithoutComments(scene.node), fixes, warnings };
}

/** A transformation that throws is a bug, but it fails one template, not the run. */
function guarded<T>(step: string, apply: () => T): T | Refusal {
  try {
    return apply();
  } catch (error) {
    if (error instanceof RefusalError) return error.refusal;
    return refuse('SANITIZER_ERROR', `${step}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describeSyntaxErrors(sourceFile: ts.SourceFile, errors: readonly ts.Diagnostic[]): string {
  const first = errors[0]!;
  let position = '';
  if (first.start !== undefined) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    position = `line ${line + 1}, column ${character + 1}: `;
  }
  const message = typeof first.messageText === 'string' ? first.messageText : first.messageText.messageText;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${position}${message}${more}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
