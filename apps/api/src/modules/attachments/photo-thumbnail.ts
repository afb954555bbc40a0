// The small picture lists and timelines show for a photo: upright (EXIF orientation applied), at most THUMBNAIL.edge
// pixels on its long side, WebP, no metadata at all, at most THUMBNAIL.maxBytes. Made with sharp (libvips).
import sharp, { type OutputInfo } from 'sharp';

export const THUMBNAIL = {
  edge: 360,
  maxBytes: 50 * 1024,
  /** tried in turn until the picture fits maxBytes (a noisy photo needs a lower one) */
  qualities: [72, 55, 40, 25],
  contentType: 'image/webp',
  extension: 'webp',
  /** ~100 megapixels: more than any phone photo, less than a decompression bomb needs */
  maxInputPixels: 100_000_000,
} as const;

// No decoded-image cache (each photo is read once), and only the loaders for what uploads may be: sniffAttachmentType
// has already checked the first bytes, and this keeps libvips' other loaders (SVG, TIFF, PDF…) out of reach regardless.
sharp.cache(false);
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({ operation: ['VipsForeignLoadJpegBuffer', 'VipsForeignLoadPngBuffer', 'VipsForeignLoadWebpBuffer'] });

export class UnreadablePhotoError extends Error {
  override name = 'UnreadablePhotoError';
}

/** The thumbnail of a JPEG, PNG or WebP; UnreadablePhotoError when libvips cannot decode it (or it is too large). */
export async function makeThumbnail(photo: Buffer): Promise<Buffer> {
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    // failOn 'none': a photo cut short still gets the thumbnail of what there is, as browsers show it.
    pixels = await sharp(photo, { failOn: 'none', limitInputPixels: THUMBNAIL.maxInputPixels })
      .autoOrient()
      .resize(THUMBNAIL.edge, THUMBNAIL.edge, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new UnreadablePhotoError(`This photo cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const { width, height, channels } = pixels.info;
  let thumbnail = Buffer.alloc(0);
  for (const quality of THUMBNAIL.qualities) {
    thumbnail = await sharp(pixels.data, { raw: { width, height, channels } }).webp({ quality }).toBuffer();
    if (thumbnail.length <= THUMBNAIL.maxBytes) break;
  }
  return thumbnail;
}
