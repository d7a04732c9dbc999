/**
 * A TrueType font with one empty glyph (.notdef) and a character map covering no character: valid, so
 * `new FontFace(…).load()` and `@font-face` succeed, and empty, so the browser draws every character with
 * the next font of the stack — the scene's fallback, as when a web font is slow. Built here because no font
 * tool is installed; Chromium's font sanitizer (OTS) wants these ten tables.
 */
export const EMPTY_FONT: Buffer = buildFont('Stand-in');

function buildFont(family: string): Buffer {
  const tables: Record<string, Buffer> = {
    'OS/2': os2(),
    cmap: cmap(),
    glyf: Buffer.alloc(4), // .notdef has no outline (loca gives it no bytes); OTS refuses an empty table
    head: head(),
    hhea: hhea(),
    hmtx: words(16, [500, 0]),
    loca: words(16, [0, 0]),
    maxp: words(16, [0x0001, 0x0000, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]),
    name: name({ 1: family, 2: 'Regular', 4: `${family} Regular`, 6: `${family}-Regular` }),
    post: Buffer.concat([words(32, [0x00030000, 0]), words(16, [-100, 50]), words(32, [0, 0, 0, 0, 0])]),
  };
  const tags = Object.keys(tables).sort();
  const directorySize = 12 + 16 * tags.length;
  const entrySelector = Math.floor(Math.log2(tags.length));
  const header = words(16, [0x0001, 0x0000, tags.length, 16 * 2 ** entrySelector, entrySelector, 16 * tags.length - 16 * 2 ** entrySelector]);
  const records: Buffer[] = [];
  const bodies: Buffer[] = [];
  let offset = directorySize;
  for (const tag of tags) {
    const table = tables[tag]!;
    const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    records.push(Buffer.concat([Buffer.from(tag, 'latin1'), words(32, [checksum(padded), offset, table.length])]));
    bodies.push(padded);
    offset += padded.length;
  }
  const font = Buffer.concat([header, ...records, ...bodies]);
  // head.checkSumAdjustment (offset 8 in head) makes the whole file sum to the magic number.
  const headOffset = directorySize + bodies.slice(0, tags.indexOf('head')).reduce((sum, body) => sum + body.length, 0);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

function words(bits: 16 | 32, values: readonly number[]): Buffer {
  const buffer = Buffer.alloc((values.length * bits) / 8);
  values.forEach((value, i) => {
    if (bits === 16) buffer.writeUInt16BE(value & 0xffff, i * 2);
    else buffer.writeUInt32BE(value >>> 0, i * 4);
  });
  return buffer;
}

function checksum(bytes: Buffer): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) sum = (sum + bytes.readUInt32BE(i)) >>> 0;
  return sum;
}

function head(): Buffer {
  return Buffer.concat([
    words(32, [0x00010000, 0x00010000, 0, 0x5f0f3cf5]),
    // flags, unitsPerEm, created and modified (two 64-bit zeros), bounding box
    words(16, [0x000b, 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    // macStyle, lowestRecPPEM, fontDirectionHint, indexToLocFormat (short), glyphDataFormat
    words(16, [0, 8, 2, 0, 0]),
  ]);
}

function hhea(): Buffer {
  // ascender, descender, lineGap, advanceWidthMax, minLeft/RightSideBearing, xMaxExtent, caret, reserved, one metric
  return Buffer.concat([words(32, [0x00010000]), words(16, [800, -200, 0, 500, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1])]);
}

function os2(): Buffer {
  return Buffer.concat([
    // version 4, xAvgCharWidth, weight 400, width 5, fsType, sub/superscript and strikeout metrics, family class
    words(16, [4, 500, 400, 5, 0, 650, 700, 0, 140, 650, 700, 0, 480, 50, 250, 0]),
    Buffer.alloc(10), // PANOSE
    words(32, [0, 0, 0, 0]), // Unicode ranges: none
    Buffer.from('NONE', 'latin1'),
    // fsSelection REGULAR, first/last char, typo ascender/descender/gap, win ascent/descent
    words(16, [0x0040, 0xffff, 0xffff, 800, -200, 0, 800, 200]),
    words(32, [1, 0]), // code pages: Latin 1
    words(16, [500, 700, 0, 32, 1]),
  ]);
}

/** Format 4 with only the mandatory final segment (0xFFFF): no character maps to a glyph. */
function cmap(): Buffer {
  const subtable = words(16, [4, 24, 0, 2, 2, 0, 0, 0xffff, 0, 0xffff, 1, 0]);
  return Buffer.concat([words(16, [0, 1, 3, 1]), words(32, [12]), subtable]);
}

function name(records: Record<number, string>): Buffer {
  const entries = Object.entries(records).map(([id, text]) => ({ id: Number(id), bytes: Buffer.from(text, 'utf16le').swap16() }));
  const stringOffset = 6 + 12 * entries.length;
  let offset = 0;
  const headers = entries.map(({ id, bytes }) => {
    const record = words(16, [3, 1, 0x0409, id, bytes.length, offset]);
    offset += bytes.length;
    return record;
  });
  return Buffer.concat([words(16, [0, entries.length, stringOffset]), ...headers, ...entries.map((entry) => entry.bytes)]);
}
