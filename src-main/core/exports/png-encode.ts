import { promisify } from 'node:util';
import { constants, crc32, deflate, deflateSync } from 'node:zlib';

// A PNG writer whose compression runs on libuv's thread pool: resvg's own
// encoder works on the main thread, ~20 ms for a 1200 × 1200 map, which the
// desktop app's main process should not be blocked for.

const deflateAsync = promisify(deflate);
// Flat-colour diagrams compress well at the fastest level: a fifth larger
// than level 6, in a third of the time.
const LEVEL = { level: constants.Z_BEST_SPEED };
const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The rows as PNG wants them before compression: each behind a filter byte 0 (none). */
function rawRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== stride * height) {
    throw new RangeError(`PNG: ${rgba.length} bytes are no ${width} × ${height} RGBA picture`);
  }
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return raw;
}

function assemble(width: number, height: number, compressed: Uint8Array): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const png = Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', new Uint8Array(0))]);
  return new Uint8Array(png.buffer, png.byteOffset, png.length);
}

/**
 * Encodes 8-bit RGBA pixels, row after row, as a PNG (no filtering: the
 * pictures are flat colour, deflate does the work).
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  return assemble(width, height, await deflateAsync(rawRows(rgba, width, height), LEVEL));
}

/** The same PNG, byte for byte, compressed on the calling thread (for the picture worker, which has no one to wait for). */
export function encodePngSync(rgba: Uint8Array, width: number, height: number): Uint8Array {
  return assemble(width, height, deflateSync(rawRows(rgba, width, height), LEVEL));
}
