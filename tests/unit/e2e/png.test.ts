/**
 * The e2e tests' PNG reader (tests/e2e/png.ts) gives back the pixels that were encoded, whatever filter
 * each row uses (screenshots of both browsers use all five) and with or without alpha.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, pixel } from '../../e2e/png';

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body, Buffer.alloc(4)]); // The reader does not check CRCs.
}

/** Encodes `rows` (channels bytes a pixel), row y filtered with filter y % 5. */
function encode(width: number, rows: number[][], channels: 3 | 4): Buffer {
  const stride = width * channels;
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const filter = y % 5;
    raw.push(filter);
    const up = y > 0 ? rows[y - 1]! : new Array<number>(stride).fill(0);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels]! : 0;
      const b = up[i]!;
      const c = i >= channels ? up[i - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
      raw.push((row[i]! - predicted + 256) & 255);
    }
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 4 ? 6 : 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  it.each([3, 4] as const)('reads back every pixel of a %i-channel image using all five row filters', (channels) => {
    const width = 7;
    const rows = Array.from({ length: 10 }, (_, y) =>
      Array.from({ length: width * channels }, (_, i) => (y * 37 + i * 91 + ((i * y) % 13) * 17) & 255),
    );
    const image = decodePng(encode(width, rows, channels));
    expect([image.width, image.height]).toEqual([width, 10]);
    for (let y = 0; y < 10; y++) {
      for (let x = 0; x < width; x++) {
        expect(pixel(image, x, y)).toEqual(rows[y]!.slice(x * channels, x * channels + 3));
        expect(image.rgba[(y * width + x) * 4 + 3]).toBe(channels === 4 ? rows[y]![x * channels + 3] : 255);
      }
    }
  });

  it('refuses what is not an 8-bit RGB(A) PNG', () => {
    expect(() => decodePng(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/Not a PNG/);
  });
});
