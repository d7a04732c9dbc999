import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * Just enough PNG to look at and store the screenshots Chromium produces (8-bit RGB or RGBA, not
 * interlaced): no PNG library is installed, and the renderer only hands back encoded images.
 */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** 3 (RGB) or 4 (RGBA). */
  readonly channels: number;
  /** Row-major samples, `width * height * channels` bytes. */
  readonly pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS_BY_COLOUR_TYPE: Record<number, number> = { 2: 3, 6: 4 };
const COLOUR_TYPE_BY_CHANNELS: Record<number, number> = { 3: 2, 4: 6 };

export function decodePng(bytes: Uint8Array): DecodedPng {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  let header: { width: number; height: number; channels: number } | undefined;
  const data: Buffer[] = [];
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
      const channels = CHANNELS_BY_COLOUR_TYPE[colourType ?? -1];
      if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
      }
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), channels };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (!header) throw new Error('not a PNG (no IHDR chunk)');
  const { width, height, channels } = header;
  return { width, height, channels, pixels: unfilter(inflateSync(Buffer.concat(data)), width, height, channels) };
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/** Reverses the per-row filters of the PNG spec (section 9). */
function unfilter(filtered: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  if (filtered.length < height * (stride + 1)) throw new Error(`truncated PNG data: ${filtered.length} bytes for ${width}×${height}`);
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)];
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = filtered[source + x]!;
      const left = x >= channels ? pixels[row + x - channels]! : 0;
      const up = y > 0 ? pixels[row - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels]! : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`bad PNG filter type ${filter} in row ${y}`);
      }
      pixels[row + x] = (raw + predicted) & 0xff;
    }
  }
  return pixels;
}

/** The one colour every pixel has, as `#rrggbb` or `#rrggbbaa`, or null when the image has more than one. */
export function uniformColour(image: DecodedPng): string | null {
  const { pixels, channels } = image;
  for (let i = channels; i < pixels.length; i++) {
    if (pixels[i] !== pixels[i % channels]) return null;
  }
  return '#' + [...pixels.subarray(0, channels)].map((v) => v.toString(16).padStart(2, '0')).join('');
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * Encodes without row filters at maximum deflate. Measured on rendered thumbnails: a third of Chromium's
 * bytes in ~30 ms, where Paeth-filtered rows at the same level compress a little better but take ~500 ms.
 */
export function encodePng(image: DecodedPng, level = 9): Buffer {
  const { width, height, channels, pixels } = image;
  const colourType = COLOUR_TYPE_BY_CHANNELS[channels];
  if (colourType === undefined) throw new Error(`cannot encode ${channels} channels`);
  const stride = width * channels;
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level })), chunk('IEND', new Uint8Array())]);
}

/** The same image without its alpha channel when every pixel is opaque (a rendered frame usually is). */
export function withoutOpaqueAlpha(image: DecodedPng): DecodedPng {
  if (image.channels !== 4) return image;
  const { pixels } = image;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) return image;
  const rgb = new Uint8Array((pixels.length / 4) * 3);
  for (let i = 0, j = 0; i < pixels.length; i += 4, j += 3) rgb.set(pixels.subarray(i, i + 3), j);
  return { ...image, channels: 3, pixels: rgb };
}
