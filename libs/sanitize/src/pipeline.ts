import type { ModuleTransformation, TextTransformation } from './step';
import { checkNestingDepth } from './transforms/check-nesting-depth';
import { checkSelfContained } from './transforms/check-self-contained';
import { consolidateRuntimeDestructure } from './transforms/consolidate-runtime-destructure';
import { dropSuffixedDuration } from './transforms/drop-suffixed-duration';
import { dropTemplateConfig } from './transforms/drop-template-config';
import { ensureDefaultExport } from './transforms/ensure-default-export';
import { ensureDurationExport } from './transforms/ensure-duration-export';
import { importsToRuntimeContract } from './transforms/imports-to-runtime-contract';
import { jsxFromCreateElement } from './transforms/jsx-from-create-element';
import { moduleFromReturnScene } from './transforms/module-from-return-scene';
import { renameUniquifierSuffixes } from './transforms/rename-uniquifier-suffixes';
import { repairJsxCloseTags } from './transforms/repair-jsx-close-tags';
import { stripLeadingProse } from './transforms/strip-leading-prose';
import { stripMarkdownFence } from './transforms/strip-markdown-fence';
import { stripStreamArtifacts } from './transforms/strip-stream-artifacts';
import { stripTrailingProse } from './transforms/strip-trailing-prose';
import { takeGetCodeString } from './transforms/take-get-code-string';

/**
 * The sanitizer, top to bottom. Text transformations isolate the code; the text is parsed (PARSE_ERROR if it
 * still does not); module transformations reshape the tree; the module is printed without comments,
 * formatted with the pinned prettier configuration and parsed once more. Adding a transformation is adding a
 * file under transforms/ and a line here.
 */
export const SANITIZE_PIPELINE = {
  text: [takeGetCodeString, stripMarkdownFence, stripLeadingProse, repairJsxCloseTags, stripTrailingProse],
  module: [
    checkNestingDepth,
    dropTemplateConfig,
    stripStreamArtifacts,
    moduleFromReturnScene,
    importsToRuntimeContract,
    jsxFromCreateElement,
    dropSuffixedDuration,
    renameUniquifierSuffixes,
    consolidateRuntimeDestructure,
    ensureDefaultExport,
    ensureDurationExport,
    checkSelfContained,
  ],
} as const satisfies { text: readonly TextTransformation[]; module: readonly ModuleTransformation[] };
