import { decodePng, type DecodedPng } from './png';
import type { Thumbnail } from './outcome';

/**
 * Pixels that are not the image's background, taken as its most frequent colour. A fade-in's first frame is
 * all background; the frame a person would pick to show the scene is the one with the most drawn on it.
 */
export function contentPixels(image: DecodedPng): number {
  const { pixels, channels } = image;
  const counts = new Map<number, number>();
  let background = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    let colour = 0;
    for (let c = 0; c < channels; c++) colour = colour * 256 + pixels[i + c]!;
    const count = (counts.get(colour) ?? 0) + 1;
    counts.set(colour, count);
    if (count > background) background = count;
  }
  return pixels.length / channels - background;
}

/**
 * The thumbnail that shows the scene: of the frames sampled in its first format, the one with the most
 * content; on a tie the earliest, so the choice is a function of the pixels alone. Null when there are none.
 */
export function featuredThumbnail<T extends Pick<Thumbnail, 'format' | 'frame' | 'png'>>(thumbnails: readonly T[]): T | null {
  const [first] = thumbnails;
  if (!first) return null;
  let best = first;
  let bestContent = -1;
  for (const thumbnail of thumbnails) {
    if (thumbnail.format !== first.format) continue;
    const content = contentPixels(decodePng(Buffer.from(thumbnail.png, 'base64')));
    if (content > bestContent || (content === bestContent && thumbnail.frame < best.frame)) {
      best = thumbnail;
      bestContent = content;
    }
  }
  return best;
}
