/**
 * Draws the add-in's icons (16, 32, 64, 80 px) as PNG with nothing but node's zlib:
 * a white sheet with table lines and a Dannebrog in the corner. Run: node assets/make-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const RED = [200, 16, 46, 255];
const WHITE = [255, 255, 255, 255];
const PAPER = [250, 250, 250, 255];
const EDGE = [96, 96, 96, 255];
const LINE = [33, 115, 70, 255]; // Excel green for the table lines
const CLEAR = [0, 0, 0, 0];

/** Colour at a point of the unit square (0..1, y downwards). */
function colourAt(x, y) {
  // Dannebrog in the top-left: 0.04..0.62 wide, 0.04..0.46 high; cross at 3/8 and 1/2 of its height.
  const fx = (x - 0.04) / 0.58,
    fy = (y - 0.04) / 0.42;
  if (fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1) {
    const vertical = fx >= 0.3 && fx <= 0.44;
    const horizontal = fy >= 0.4 && fy <= 0.6;
    return vertical || horizontal ? WHITE : RED;
  }
  // The sheet: 0.14..0.94 wide, 0.16..0.96 high, with a 0.05 edge.
  if (x >= 0.14 && x <= 0.94 && y >= 0.16 && y <= 0.96) {
    const edge = x < 0.19 || x > 0.89 || y < 0.21 || y > 0.91;
    if (edge) return EDGE;
    const row = y > 0.5 && (y - 0.5) % 0.14 < 0.05;
    const col = x > 0.66 && x < 0.71;
    return row || (col && y > 0.5) ? LINE : PAPER;
  }
  return CLEAR;
}

function pixels(size) {
  const samples = 4;
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    data[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = sum[3] / (samples * samples);
      for (let i = 0; i < 3; i++) data[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
      data[o + 3] = Math.round(a);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
