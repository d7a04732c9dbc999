import { describe, expect, it } from 'vitest';
import { contentPixels, featuredThumbnail } from './featured-thumbnail';
import { encodePng, type DecodedPng } from './png';

/** A 10×10 RGB frame on a dark background with `drawn` pixels in white. */
function frame(drawn: number): DecodedPng {
  const pixels = new Uint8Array(10 * 10 * 3).fill(16);
  for (let i = 0; i < drawn; i++) pixels.fill(255, i * 3, i * 3 + 3);
  return { width: 10, height: 10, channels: 3, pixels };
}
const thumbnail = (format: 'landscape' | 'square', frameNumber: number, drawn: number) => ({
  format,
  frame: frameNumber,
  png: encodePng(frame(drawn)).toString('base64'),
});

describe('featuredThumbnail', () => {
  it('counts what is not the background', () => {
    expect(contentPixels(frame(0))).toBe(0);
    expect(contentPixels(frame(30))).toBe(30);
    // More than half drawn: white is now the background, the dark rest is the content.
    expect(contentPixels(frame(70))).toBe(30);
  });

  it('shows the sampled frame with the most content, not a fade-in’s empty first frame', () => {
    const featured = featuredThumbnail([thumbnail('landscape', 0, 0), thumbnail('landscape', 45, 40), thumbnail('landscape', 89, 25)]);
    expect(featured?.frame).toBe(45);
  });

  it('keeps to the first format, and takes the earliest frame on a tie', () => {
    const featured = featuredThumbnail([thumbnail('landscape', 0, 10), thumbnail('landscape', 45, 10), thumbnail('square', 45, 49)]);
    expect(featured).toMatchObject({ format: 'landscape', frame: 0 });
    expect(featuredThumbnail([])).toBeNull();
  });
});
