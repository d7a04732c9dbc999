import { VideoFormat, type CanonicalTemplate, type PromptVariant } from '@dataset/domain';
import { baseBrief, formatAndDuration, phraseBrief } from './brief';
import { splitFormatTag, type CuratedPrompt } from './curated';

export const MAX_PHRASE_VARIANTS = 2;

/** Why a curated or override brief did not become a variant: data for the report, not an error. */
export interface DroppedPrompt {
  templateId: string;
  text: string;
  /** `unknown-template`: a curated line routed to a template the metadata no longer has (retired, renamed). */
  reason: 'unsupported-format' | 'duplicate' | 'unknown-template';
}

export interface TemplatePrompts {
  variants: PromptVariant[];
  dropped: DroppedPrompt[];
}

function dedupeKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A format the brief already names in its own words, if any. */
function statedFormat(text: string): VideoFormat | null {
  return VideoFormat.options.find((format) => new RegExp(`\\b${format}\\b`, 'i').test(text)) ?? null;
}

/** A hand-written brief keeps its wording; it gains the format and timing only when it does not state them. */
function withReminder(text: string, fallback: VideoFormat, frames: number): string {
  const stated = statedFormat(text);
  const statesFrames = new RegExp(`\\b${frames}\\s*frames\\b`, 'i').test(text);
  if (stated && statesFrames) return text;
  const sep = /[.!?]$/.test(text) ? ' ' : '. ';
  return `${text}${sep}${formatAndDuration(stated ?? fallback, frames)}`;
}

/**
 * Every brief for one template, from metadata only (never code, so a code change cannot rebuild it):
 * curated briefs when there are any, else the base brief plus up to two user-phrase variants; then the
 * manual additions from overrides.json. Formats rotate through the supported ones; duplicates are dropped.
 */
export function buildPromptVariants(
  template: CanonicalTemplate,
  curated: readonly CuratedPrompt[],
  additional: readonly string[],
): TemplatePrompts {
  const variants: PromptVariant[] = [];
  const dropped: DroppedPrompt[] = [];
  const seen = new Set<string>();
  const formats = template.supportedFormats;
  const formatAt = (i: number) => formats[i % formats.length]!;

  // Duplicates are judged on the brief as written, before the format/timing reminder makes it unique.
  const add = (variant: PromptVariant, core: string): boolean => {
    const key = dedupeKey(core);
    if (seen.has(key)) {
      dropped.push({ templateId: template.id, text: variant.text, reason: 'duplicate' });
      return false;
    }
    seen.add(key);
    variants.push(variant);
    return true;
  };

  let curatedCount = 0;
  for (const prompt of curated) {
    const { format, text } = splitFormatTag(prompt.text);
    if (format && !formats.includes(format)) {
      dropped.push({ templateId: template.id, text: prompt.text, reason: 'unsupported-format' });
      continue;
    }
    const brief = withReminder(text, format ?? formatAt(curatedCount), template.duration);
    if (add({ templateId: template.id, variantId: `curated-${curatedCount + 1}`, origin: 'curated', text: brief }, text)) curatedCount++;
  }

  if (curatedCount === 0) {
    const base = baseBrief(template, formatAt(0));
    add({ templateId: template.id, variantId: 'base', origin: 'base', text: base }, base);
    let phrases = 0;
    for (const phrase of template.userPhrases) {
      if (phrases === MAX_PHRASE_VARIANTS) break;
      const text = phraseBrief(phrase, formatAt(phrases + 1), template.duration);
      if (add({ templateId: template.id, variantId: `phrase-${phrases + 1}`, origin: 'phrase', text }, phrase)) phrases++;
    }
  }

  let overrides = 0;
  for (const extra of additional) {
    const { format, text } = splitFormatTag(extra);
    if (format && !formats.includes(format)) {
      dropped.push({ templateId: template.id, text: extra, reason: 'unsupported-format' });
      continue;
    }
    const brief = withReminder(text, format ?? formatAt(overrides), template.duration);
    if (add({ templateId: template.id, variantId: `override-${overrides + 1}`, origin: 'override', text: brief }, text)) overrides++;
  }
  return { variants, dropped };
}
