// Removes what a photo says about where, when and on what it was taken (EXIF with GPS, XMP, IPTC, comments),
// chunk by chunk, leaving the image data itself byte for byte. A JPEG keeps only its orientation, so phone
// photos still display upright.
import type { AttachmentType } from './attachment-type';

export class DamagedImageError extends Error {
  override name = 'DamagedImageError';
  constructor(format: string, detail: string) {
    super(`This ${format} file is damaged or incomplete (${detail})`);
  }
}

/** APP1 (EXIF, XMP), APP13 (IPTC, Photoshop) and COM. */
const JPEG_DROPPED_MARKERS = new Set([0xe1, 0xed, 0xfe]);
const PNG_DROPPED_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);
const WEBP_DROPPED_CHUNKS = new Set(['EXIF', 'XMP ']);
/** VP8X flag bits saying EXIF and XMP chunks are present. */
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image without its metadata; a PDF is returned as it is. */
export function stripImageMetadata(bytes: Buffer, type: AttachmentType): Buffer {
  switch (type.contentType) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    default:
      return bytes;
  }
}

/** EXIF orientation (1–8) from an APP1 payload, or null when absent or unreadable. */
function exifOrientation(app1: Buffer): number | null {
  if (!app1.subarray(0, 6).equals(EXIF_HEADER)) return null;
  const tiff = app1.subarray(6);
  if (tiff.length < 8) return null;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const u16 = (at: number) => (order === 'II' ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (order === 'II' ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** An APP1 segment holding one EXIF tag: Orientation. */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  // bytes 22–25: no next IFD
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(2 + EXIF_HEADER.length + tiff.length, 2);
  return Buffer.concat([header, EXIF_HEADER, tiff]);
}

function stripJpeg(input: Buffer): Buffer {
  const damaged = (detail: string) => new DamagedImageError('JPEG', detail);
  if (input[0] !== 0xff || input[1] !== 0xd8) throw damaged('no start marker');
  const out: Buffer[] = [input.subarray(0, 2)];
  let pos = 2;
  let orientationKept = false;
  while (pos < input.length) {
    if (input[pos] !== 0xff) throw damaged(`expected a marker at byte ${pos}`);
    while (input[pos + 1] === 0xff) pos++; // fill bytes
    const marker = input[pos + 1];
    if (marker === undefined) throw damaged('ends inside a marker');
    if (marker === 0xd9) {
      // End of image: anything after it (trailers some phones append) is dropped too.
      out.push(input.subarray(pos, pos + 2));
      return Buffer.concat(out);
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(input.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    if (pos + 4 > input.length) throw damaged('ends inside a segment header');
    const end = pos + 2 + input.readUInt16BE(pos + 2);
    if (end < pos + 4 || end > input.length) throw damaged(`segment 0x${marker.toString(16)} runs past the end`);
    if (!JPEG_DROPPED_MARKERS.has(marker)) {
      out.push(input.subarray(pos, end));
    } else if (marker === 0xe1 && !orientationKept) {
      const orientation = exifOrientation(input.subarray(pos + 4, end));
      if (orientation !== null && orientation !== 1) {
        out.push(orientationSegment(orientation));
        orientationKept = true;
      }
    }
    pos = end;
    if (marker === 0xda) {
      // Entropy-coded scan data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      let scan = pos;
      while (scan < input.length) {
        const next = input[scan + 1];
        if (input[scan] === 0xff && next !== undefined && next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break;
        scan++;
      }
      out.push(input.subarray(pos, scan));
      pos = scan;
    }
  }
  // No end marker: keep what there is, as viewers do.
  return Buffer.concat(out);
}

function stripPng(input: Buffer): Buffer {
  const damaged = (detail: string) => new DamagedImageError('PNG', detail);
  if (!input.subarray(0, 8).equals(PNG_SIGNATURE)) throw damaged('no signature');
  const out: Buffer[] = [PNG_SIGNATURE];
  let pos = 8;
  while (pos + 12 <= input.length) {
    const length = input.readUInt32BE(pos);
    const type = input.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (end > input.length) throw damaged(`chunk ${type} runs past the end`);
    if (!PNG_DROPPED_CHUNKS.has(type)) out.push(input.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  throw damaged('no IEND chunk');
}

function stripWebp(input: Buffer): Buffer {
  const damaged = (detail: string) => new DamagedImageError('WebP', detail);
  if (input.length < 12 || input.toString('latin1', 0, 4) !== 'RIFF' || input.toString('latin1', 8, 12) !== 'WEBP') throw damaged('no RIFF/WEBP header');
  const riffEnd = 8 + input.readUInt32LE(4);
  if (riffEnd > input.length) throw damaged('RIFF size runs past the end');
  const chunks: Buffer[] = [];
  let pos = 12;
  while (pos + 8 <= riffEnd) {
    const fourcc = input.toString('latin1', pos, pos + 4);
    const size = input.readUInt32LE(pos + 4);
    const end = Math.min(pos + 8 + size + (size & 1), riffEnd);
    if (pos + 8 + size > riffEnd) throw damaged(`chunk ${fourcc} runs past the end`);
    if (!WEBP_DROPPED_CHUNKS.has(fourcc)) {
      const chunk = Buffer.from(input.subarray(pos, end));
      if (fourcc === 'VP8X' && size > 0) chunk[8] &= ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      chunks.push(chunk);
    }
    pos = end;
  }
  if (chunks.length === 0) throw damaged('no image chunk');
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, ...chunks]);
}
