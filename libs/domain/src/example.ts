import { z } from 'zod';
import { VideoFormat } from './canonical';

export const SplitName = z.enum(['train', 'validation', 'test']);
export type SplitName = z.infer<typeof SplitName>;
export const SPLIT_NAMES: readonly SplitName[] = SplitName.options;

export const ChatMessage = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string().min(1),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ExampleMeta = z.strictObject({
  templateId: z.string(),
  dbId: z.string().nullable(),
  registryId: z.string().nullable(),
  duration: z.number().int().positive(),
  supportedFormats: z.array(VideoFormat),
  promptVariant: z.string(),
  codeSha256: z.string(),
});
export type ExampleMeta = z.infer<typeof ExampleMeta>;

/** One line of the upload files (messages) and its line-aligned meta. */
export const ChatExample = z.strictObject({
  messages: z.array(ChatMessage).min(2),
  meta: ExampleMeta,
});
export type ChatExample = z.infer<typeof ChatExample>;

export const SplitAssignment = z.strictObject({
  templateId: z.string(),
  split: SplitName,
});
export type SplitAssignment = z.infer<typeof SplitAssignment>;
