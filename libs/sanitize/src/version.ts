import { canonicalJson, sha256 } from '@dataset/domain';
import { ts } from 'ts-morph';
import { RUNTIME_CONTRACT } from './contract';
import { PRETTIER_OPTIONS, PRETTIER_VERSION } from './formatting';

/** Bump when a transformation's output changes; part of every per-template cache key downstream. */
const SANITIZER_REVISION = 2;

/**
 * The revision plus everything else that decides the output without being code here: prettier and
 * TypeScript versions, the prettier options and the runtime contract (a contract change re-sanitizes).
 */
export const SANITIZER_VERSION = `${SANITIZER_REVISION}+prettier.${PRETTIER_VERSION}+typescript.${ts.version}+${sha256(
  canonicalJson({ contract: RUNTIME_CONTRACT, prettier: PRETTIER_OPTIONS }),
).slice(0, 12)}`;
