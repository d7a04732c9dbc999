import { describeDuration, type CanonicalTemplate, type VideoFormat } from '@dataset/domain';

function list(items: readonly string[], max: number): string {
  const picked = items.slice(0, max);
  if (picked.length <= 1) return picked.join('');
  return `${picked.slice(0, -1).join(', ')} and ${picked.at(-1)}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The format and timing every brief ends with, so the model learns to respect both. */
export function formatAndDuration(format: VideoFormat, frames: number): string {
  return `Format: ${format}. Duration: ${describeDuration(frames)}.`;
}

/** The synthesized brief: primary use, first description, use cases, elements, motion, look, format, timing. */
export function baseBrief(template: CanonicalTemplate, format: VideoFormat): string {
  const parts = [
    // primaryUse is written as an instruction ("Present quarterly revenue as …"), so it leads the brief.
    sentence(template.primaryUse ? `${template.primaryUse} in a ${format} scene` : `Create a ${format} ${template.name} scene`),
    sentence(template.descriptions[0] ?? ''),
    template.useCases.length ? sentence(`It is for ${list(template.useCases, 2)}`) : '',
    template.elements.length ? sentence(`Include ${list(template.elements, 4)}`) : '',
    template.animations.length ? sentence(`Animate it with ${list(template.animations, 3)}`) : '',
    template.styles.length ? sentence(`Style: ${list(template.styles, 3)}`) : '',
    template.colors.length ? sentence(`Colours: ${list(template.colors, 4)}`) : '',
    formatAndDuration(format, template.duration),
  ];
  return parts.filter(Boolean).join(' ');
}

/** A user phrase turned into a request, with the format and timing reminder appended. */
export function phraseBrief(phrase: string, format: VideoFormat, frames: number): string {
  return `${sentence(phrase)} ${formatAndDuration(format, frames)}`;
}
