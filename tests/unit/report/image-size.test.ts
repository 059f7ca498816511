import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src-main/core/exports/png';
import { fitInto, imageSize } from '../../../src-main/core/report/image-size';

/** The smallest JPEG header with a frame: SOI, an APP0 segment, SOF0 with 300 × 120. */
const jpegHeader = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x78, 0x01, 0x2c, 0x03, 0x01, 0x22, 0x00]);

describe('picture sizes for the report', () => {
  it('reads PNG and JPEG headers, and nothing else', async () => {
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"/>', 1);
    expect(imageSize(png.bytes, 'png')).toEqual({ width: 30, height: 20 });
    expect(imageSize(jpegHeader, 'jpg')).toEqual({ width: 300, height: 120 });
    expect(imageSize(png.bytes, 'jpg')).toBeNull();
    expect(imageSize(new TextEncoder().encode('<svg/>'), 'png')).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff]), 'jpg')).toBeNull();
  });

  it('fits a picture into a box without stretching or enlarging it', () => {
    expect(fitInto({ width: 1000, height: 250 }, 220, 140)).toEqual({ width: 220, height: 55 });
    expect(fitInto({ width: 100, height: 400 }, 220, 140)).toEqual({ width: 35, height: 140 });
    expect(fitInto({ width: 50, height: 40 }, 220, 140)).toEqual({ width: 50, height: 40 });
  });
});
