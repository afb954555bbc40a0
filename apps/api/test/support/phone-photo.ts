// Photos as phones take them, made with sharp for the tests: big, stored sideways with an EXIF orientation, and with a
// GPS position and camera make in their EXIF that the server must not pass on.
import { randomFillSync } from 'node:crypto';
import sharp from 'sharp';

export const PHONE_MAKE = 'TestPhone';

/**
 * A JPEG stored `width`×`height` whose left half is red and right half blue, with EXIF orientation 6 (shown turned a
 * quarter clockwise: red on top, blue below) and GPS; light noise keeps it from compressing to nothing.
 */
export async function sidewaysPhonePhoto(width = 4000, height = 3000): Promise<Buffer> {
  const pixels = randomFillSync(Buffer.alloc(width * height * 3));
  for (let at = 0; at < pixels.length; at += 3) {
    const red = (at / 3) % width < width / 2;
    pixels[at] = (red ? 200 : 0) + (pixels[at] & 31);
    pixels[at + 1] &= 31;
    pixels[at + 2] = (red ? 0 : 200) + (pixels[at + 2] & 31);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: PHONE_MAKE }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A small plain JPEG libvips decodes (tinyJpeg is only structurally complete). */
export function smallJpeg(colour = '#2e8b57'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

/** Whether EXIF holds a GPS block (tag 0x8825 in either byte order) or the test camera's make. */
export function tellsWhereOrWhat(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from(PHONE_MAKE, 'latin1'));
}

/** The colour at (x, y) of a decoded image, as [r, g, b]. */
export async function colourAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}
