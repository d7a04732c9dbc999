import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_IMAGE } from './placeholders';
import { decodePng, encodePng, uniformColour, withoutOpaqueAlpha, type DecodedPng } from './png';

/** Applies PNG row filter `type` (0–4) by the spec's formulas, so the decoder can be checked against each. */
function filterRows(image: DecodedPng, typeOfRow: (y: number) => number): Buffer {
  const { width, height, channels, pixels } = image;
  const stride = width * channels;
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const type = typeOfRow(y);
    out[y * (stride + 1)] = type;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][type]!;
      out[y * (stride + 1) + 1 + x] = (pixels[y * stride + x]! - predicted) & 0xff;
    }
  }
  return out;
}

/** A PNG whose IDAT holds `rows` as given, built from encodePng's container with the data swapped. */
function pngWithRows(image: DecodedPng, rows: Buffer): Buffer {
  const reference = encodePng(image);
  const idatAt = reference.indexOf('IDAT') - 4;
  const idatLength = reference.readUInt32BE(idatAt);
  const body = deflateSync(rows);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write('IDAT', 4, 'latin1');
  // The decoder does not check CRCs (Chromium's output is trusted); four zero bytes stand in.
  return Buffer.concat([reference.subarray(0, idatAt), head, body, Buffer.alloc(4), reference.subarray(idatAt + 12 + idatLength)]);
}

const images = fc
  .record({ width: fc.integer({ min: 1, max: 9 }), height: fc.integer({ min: 1, max: 7 }), channels: fc.constantFrom(3, 4) })
  .chain(({ width, height, channels }) =>
    fc.uint8Array({ minLength: width * height * channels, maxLength: width * height * channels }).map((pixels) => ({ width, height, channels, pixels })),
  );

describe('decodePng', () => {
  it('reads the placeholder image as one slate-grey pixel', () => {
    const image = decodePng(Buffer.from(PLACEHOLDER_IMAGE.split(',')[1]!, 'base64'));
    expect(image).toMatchObject({ width: 1, height: 1, channels: 3 });
    expect(uniformColour(image)).toBe('#94a3b8');
  });

  it('undoes every row filter type (none, sub, up, average, paeth)', () => {
    fc.assert(
      fc.property(images, fc.integer({ min: 0, max: 4 }), (image, seed) => {
        const decoded = decodePng(pngWithRows(image, filterRows(image, (y) => (y + seed) % 5)));
        expect(decoded).toEqual({ ...image, pixels: new Uint8Array(image.pixels) });
      }),
    );
  });

  it('refuses what is not an 8-bit RGB(A) PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
    const grey = encodePng({ width: 1, height: 1, channels: 3, pixels: new Uint8Array(3) });
    grey[8 + 8 + 9] = 0; // colour type 0: greyscale
    expect(() => decodePng(grey)).toThrow(/unsupported PNG: bit depth 8, colour type 0/);
  });
});

describe('encodePng', () => {
  it('round-trips through decodePng', () => {
    fc.assert(
      fc.property(images, (image) => {
        expect(decodePng(encodePng(image))).toEqual({ ...image, pixels: new Uint8Array(image.pixels) });
      }),
    );
  });
});

describe('uniformColour', () => {
  it('names the colour of a one-colour image and null as soon as one pixel differs', () => {
    const solid = { width: 3, height: 2, channels: 4, pixels: new Uint8Array(24).fill(0).map((_, i) => [15, 23, 42, 255][i % 4]!) };
    expect(uniformColour(solid)).toBe('#0f172aff');
    const dot = new Uint8Array(solid.pixels);
    dot[13] = 24;
    expect(uniformColour({ ...solid, pixels: dot })).toBeNull();
  });
});

describe('withoutOpaqueAlpha', () => {
  it('drops the alpha channel only when every pixel is opaque', () => {
    const opaque = { width: 2, height: 1, channels: 4, pixels: new Uint8Array([1, 2, 3, 255, 4, 5, 6, 255]) };
    expect(withoutOpaqueAlpha(opaque)).toEqual({ width: 2, height: 1, channels: 3, pixels: new Uint8Array([1, 2, 3, 4, 5, 6]) });
    const translucent = { ...opaque, pixels: new Uint8Array([1, 2, 3, 255, 4, 5, 6, 128]) };
    expect(withoutOpaqueAlpha(translucent)).toBe(translucent);
  });
});
