import { sha256 } from '@dataset/domain';

/** A file name for a template id; ids that are not plain names are hashed rather than escaped. */
export function sceneFileName(templateId: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(templateId) ? templateId : `scene-${sha256(templateId).slice(0, 16)}`;
}
