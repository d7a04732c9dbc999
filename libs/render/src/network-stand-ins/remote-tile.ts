import { encodePng } from '../png';

export interface TileSize {
  readonly width: number;
  readonly height: number;
}

/** Where neither the URL nor anything else says a size: a 3:2 photo. */
export const DEFAULT_IMAGE_SIZE: TileSize = { width: 1200, height: 800 };
/** A stand-in never allocates more than this per side, whatever the URL asks for. */
const MAX_SIDE = 2560;

/**
 * The size an image URL asks for, the way image CDNs spell it: `?w=800&h=600` (imgix, Unsplash,
 * `width`/`height`), `w_800,h_600` (Cloudinary), `/800x600` (placeholder services), `/800/600` or an
 * extensionless `/800` (square) at the end of the path (Picsum, Pravatar). One side alone keeps the
 * fallback's aspect; none gives the fallback.
 */
export function requestedImageSize(url: string, fallback: TileSize = DEFAULT_IMAGE_SIZE): TileSize {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return fallback;
  }
  const query = (names: readonly string[]) => names.map((name) => side(parsed.searchParams.get(name))).find((value) => value !== null) ?? null;
  const pair = /(?:^|[/_-])(\d{1,4})x(\d{1,4})(?=$|[/._-])/i.exec(path) ?? /\/(\d{1,4})\/(\d{1,4})(?:\.\w+)?$/.exec(path);
  const square = pair ? null : side(/\/(\d{1,4})$/.exec(path)?.[1]);
  const width = query(['w', 'width']) ?? side(/(?:^|[/,])w_(\d+)/.exec(path)?.[1]) ?? side(pair?.[1]) ?? square;
  const height = query(['h', 'height']) ?? side(/(?:^|[/,])h_(\d+)/.exec(path)?.[1]) ?? side(pair?.[2]) ?? square;
  const aspect = fallback.width / fallback.height;
  if (width !== null && height !== null) return { width, height };
  if (width !== null) return { width, height: clamp(Math.round(width / aspect)) };
  if (height !== null) return { width: clamp(Math.round(height * aspect)), height };
  return fallback;
}

function side(text: string | null | undefined): number | null {
  if (!text || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 ? clamp(value) : null;
}

const clamp = (value: number) => Math.min(MAX_SIDE, Math.max(1, value));

/** 5×7 glyphs, one row a number, high bit left: only the characters the labels use. */
const GLYPHS: Record<string, readonly number[]> = {
  ' ': [0, 0, 0, 0, 0, 0, 0],
  A: [14, 17, 17, 31, 17, 17, 17],
  D: [30, 17, 17, 17, 17, 17, 30],
  E: [31, 16, 16, 30, 16, 16, 31],
  G: [14, 17, 16, 23, 17, 17, 15],
  I: [14, 4, 4, 4, 4, 4, 14],
  M: [17, 27, 21, 21, 17, 17, 17],
  O: [14, 17, 17, 17, 17, 17, 14],
  R: [30, 17, 17, 30, 20, 18, 17],
  T: [31, 4, 4, 4, 4, 4, 4],
  V: [17, 17, 17, 17, 17, 10, 4],
  '×': [0, 17, 10, 4, 10, 17, 0],
  '0': [14, 17, 19, 21, 25, 17, 14],
  '1': [4, 12, 4, 4, 4, 4, 14],
  '2': [14, 17, 1, 2, 4, 8, 31],
  '3': [31, 2, 4, 2, 1, 17, 14],
  '4': [2, 6, 10, 18, 31, 2, 2],
  '5': [31, 16, 30, 1, 1, 17, 14],
  '6': [6, 8, 16, 30, 17, 17, 14],
  '7': [31, 1, 2, 4, 8, 8, 8],
  '8': [14, 17, 17, 14, 17, 17, 14],
  '9': [14, 17, 17, 15, 1, 2, 12],
};

const STRIPE_A = [0x47, 0x55, 0x69]; // slate-600
const STRIPE_B = [0x33, 0x41, 0x55]; // slate-700
const BORDER = [0xf5, 0x9e, 0x0b]; // amber-500: nobody's photo has this frame
const BAND = [0x0f, 0x17, 0x2a]; // slate-900
const INK = [0xf8, 0xfa, 0xfc];

/**
 * The picture a stand-in shows: diagonal slate stripes in an amber frame, and where it fits, a dark band
 * reading e.g. "REMOTE IMAGE / 800×600". It must read as "a remote image was here" in a 320 px thumbnail,
 * never as a rendering bug, and it is never one colour (so a scene showing only it is not RENDER_BLANK).
 * PNG, because scenes decode images in every way a browser allows (`<img>`, CSS, canvas, createImageBitmap).
 */
export function remoteTilePng(size: TileSize, what: 'IMAGE' | 'VIDEO'): Buffer {
  const { width, height } = size;
  const pixels = Buffer.alloc(width * height * 3);
  const stripe = Math.max(2, Math.round(Math.min(width, height) / 12));
  const border = Math.max(1, Math.round(Math.min(width, height) / 60));
  // Row y is row 0 shifted by y: one long row of stripes, copied from a sliding start.
  const period = 2 * stripe;
  const stripes = Buffer.alloc((width + period) * 3);
  for (let x = 0; x < width + period; x++) stripes.set(Math.floor(x / stripe) % 2 === 0 ? STRIPE_A : STRIPE_B, x * 3);
  const frame = Buffer.alloc(width * 3);
  for (let x = 0; x < width; x++) frame.set(BORDER, x * 3);
  for (let y = 0; y < height; y++) {
    const row = y * width * 3;
    if (y < border || y >= height - border) {
      frame.copy(pixels, row);
      continue;
    }
    stripes.copy(pixels, row, (y % period) * 3, (y % period) * 3 + width * 3);
    frame.copy(pixels, row, 0, border * 3);
    frame.copy(pixels, row + (width - border) * 3, 0, border * 3);
  }
  drawLabel(pixels, size, [`REMOTE ${what}`, `${width}×${height}`], border);
  return encodePng({ width, height, channels: 3, pixels }, STAND_IN_DEFLATE_LEVEL);
}

/** Stand-ins are encoded while a page waits for them: stripes compress well at a fast level too. */
const STAND_IN_DEFLATE_LEVEL = 1;

/** Centred lines of 5×7 glyphs at the largest whole scale that fits 80 % of the width; none when too small. */
function drawLabel(pixels: Uint8Array, size: TileSize, lines: readonly string[], border: number): void {
  const columns = Math.max(...lines.map((line) => line.length)) * 6 - 1;
  const rows = lines.length * 9 - 2;
  const scale = Math.min(Math.floor((size.width * 0.8) / columns), Math.floor((size.height * 0.6) / rows));
  if (scale < 1) return;
  const pad = 2 * scale;
  const left = Math.floor((size.width - columns * scale) / 2);
  const top = Math.floor((size.height - rows * scale) / 2);
  const fill = (x0: number, y0: number, w: number, h: number, colour: readonly number[]) => {
    for (let y = Math.max(border, y0); y < Math.min(size.height - border, y0 + h); y++) {
      for (let x = Math.max(border, x0); x < Math.min(size.width - border, x0 + w); x++) pixels.set(colour, (y * size.width + x) * 3);
    }
  };
  fill(left - pad, top - pad, columns * scale + 2 * pad, rows * scale + 2 * pad, BAND);
  lines.forEach((line, row) => {
    const lineLeft = left + Math.floor(((columns - (line.length * 6 - 1)) * scale) / 2);
    [...line].forEach((char, column) => {
      const glyph = GLYPHS[char] ?? GLYPHS[' ']!;
      glyph.forEach((bits, gy) => {
        for (let gx = 0; gx < 5; gx++) {
          if (bits & (16 >> gx)) fill(lineLeft + (column * 6 + gx) * scale, top + (row * 9 + gy) * scale, scale, scale, INK);
        }
      });
    });
  });
}
