/** Test fixtures: small, distinct Remotion scenes and the examples built from them. */
import { describeDuration, sha256, type ChatExample, type PromptVariant, type SanitizedScene, type SplitName, type VideoFormat } from '@dataset/domain';
import type { LocatedExample } from './input';

export const SYSTEM_PROMPT = "You are Bazaar's Remotion code generator. Respond with valid TSX only.";

/** Letters-only words derived from the template id, so every scene's vocabulary is its own. */
function words(seed: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const hex = sha256(`${seed}:${i}`).slice(0, 10);
    return [...hex].map((c) => String.fromCharCode(97 + (parseInt(c, 16) % 26))).join('');
  });
}

export function sceneCode(templateId: string, frames: number): string {
  const [component, ...labels] = words(templateId, 14);
  const name = component![0]!.toUpperCase() + component!.slice(1);
  const items = labels.map((label, i) => `  { label: "${label}", at: ${i * 7 + 3}, hue: ${(i * 37) % 360} },`).join('\n');
  return `const { AbsoluteFill, useCurrentFrame, interpolate } = window.Remotion;

const ${component}Items = [
${items}
];

export const durationInFrames = ${frames};

export default function ${name}() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ backgroundColor: "#101820" }}>
      {${component}Items.map((${labels[0]}) => (
        <div key={${labels[0]}.label} style={{ opacity: interpolate(frame, [${labels[0]}.at, ${labels[0]}.at + 10], [0, 1]) }}>
          {${labels[0]}.label}
        </div>
      ))}
    </AbsoluteFill>
  );
}`;
}

export function makeScene(templateId: string, overrides: Partial<SanitizedScene> = {}): SanitizedScene {
  const duration = overrides.duration ?? 120;
  const code = overrides.code ?? sceneCode(templateId, duration);
  return {
    templateId,
    sourceType: 'db',
    sourceId: `db-${templateId}`,
    provenance: 'db',
    duration,
    supportedFormats: ['landscape'],
    codeDurationInFrames: duration,
    fixes: [],
    warnings: [],
    ...overrides,
    code,
    codeSha256: sha256(code),
  };
}

export function briefFor(scene: SanitizedScene, format: VideoFormat = scene.supportedFormats[0]!): string {
  return `Create a ${format} scene for ${scene.templateId}. Format: ${format}. Duration: ${describeDuration(scene.duration)}.`;
}

export function makePrompts(scene: SanitizedScene): PromptVariant[] {
  return [
    { templateId: scene.templateId, variantId: 'base', origin: 'base', text: briefFor(scene) },
    { templateId: scene.templateId, variantId: 'phrase-1', origin: 'phrase', text: `Show ${scene.templateId} moving. ${briefFor(scene)}` },
  ];
}

export function makeExample(scene: SanitizedScene, prompt: PromptVariant): ChatExample {
  return {
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: prompt.text },
      { role: 'assistant', content: scene.code },
    ],
    meta: {
      templateId: scene.templateId,
      dbId: scene.sourceId,
      registryId: null,
      duration: scene.duration,
      supportedFormats: scene.supportedFormats,
      promptVariant: prompt.variantId,
      codeSha256: scene.codeSha256,
    },
  };
}

/** Examples of the scenes laid out in split files, each template's variants together. */
export function locate(scenes: readonly SanitizedScene[], prompts: readonly PromptVariant[], splitOf: (templateId: string) => SplitName): LocatedExample[] {
  const lines: Record<SplitName, number> = { train: 0, validation: 0, test: 0 };
  return scenes.flatMap((scene) =>
    prompts
      .filter((p) => p.templateId === scene.templateId)
      .map((prompt) => {
        const split = splitOf(scene.templateId);
        lines[split] += 1;
        return { split, line: lines[split], example: makeExample(scene, prompt) };
      }),
  );
}

/** A clean release candidate: `count` templates, 2 briefs each, the last two held out. */
export function cleanDataset(count = 10): { scenes: SanitizedScene[]; prompts: PromptVariant[]; examples: LocatedExample[] } {
  const scenes = Array.from({ length: count }, (_, i) => makeScene(`template-${String(i).padStart(2, '0')}`, { duration: 90 + i * 30 }));
  const prompts = scenes.flatMap(makePrompts);
  const heldOut = new Map([
    [scenes.at(-2)!.templateId, 'validation' as const],
    [scenes.at(-1)!.templateId, 'test' as const],
  ]);
  return { scenes, prompts, examples: locate(scenes, prompts, (id) => heldOut.get(id) ?? 'train') };
}
