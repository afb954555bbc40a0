import { crc32 } from 'node:zlib';
import { sniffAttachmentType, type AttachmentType } from './attachment-type';
import { DamagedImageError, stripImageMetadata } from './strip-image-metadata';

const GPS = 'GPS-31.2304N-121.4737E';
const typeOf = (bytes: Buffer) => sniffAttachmentType(bytes) as AttachmentType;

// ---- JPEG -------------------------------------------------------------------------------------------------------
function segment(marker: number, payload: Buffer | string): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([header, data]);
}

/** EXIF in big- or little-endian TIFF with Orientation and a GPS-like string in ImageDescription. */
function exifPayload(orientation: number, order: 'II' | 'MM' = 'MM'): Buffer {
  const text = Buffer.from(`${GPS}\0`, 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + text.length);
  const u16 = (v: number, at: number) => (order === 'II' ? tiff.writeUInt16LE(v, at) : tiff.writeUInt16BE(v, at));
  const u32 = (v: number, at: number) => (order === 'II' ? tiff.writeUInt32LE(v, at) : tiff.writeUInt32BE(v, at));
  tiff.write(order, 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  u16(2, 8);
  u16(0x010e, 10); // ImageDescription, ASCII
  u16(2, 12);
  u32(text.length, 14);
  u32(8 + 2 + 24 + 4, 18);
  u16(0x0112, 22); // Orientation, SHORT
  u16(3, 24);
  u32(1, 26);
  u16(orientation, 30);
  text.copy(tiff, 8 + 2 + 24 + 4);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** A structurally complete baseline JPEG: segments, a scan with stuffed bytes and a restart marker, EOI. */
function jpeg(options: { orientation?: number; order?: 'II' | 'MM'; trailer?: string } = {}): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
    segment(0xe1, exifPayload(options.orientation ?? 6, options.order)),
    segment(0xe1, `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${GPS}</x:xmpmeta>`),
    segment(0xe2, 'ICC_PROFILE\0\x01\x01keep-me'),
    segment(0xed, `Photoshop 3.0\0${GPS}`),
    segment(0xfe, `comment ${GPS}`),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.from([0, ...Array<number>(16).fill(0)])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
    Buffer.from([0xff, 0xd9]),
    Buffer.from(options.trailer ?? '', 'latin1'),
  ]);
}

/** The marker sequence of a JPEG, walking segment lengths (and skipping scan data) as a decoder does. */
function jpegMarkers(bytes: Buffer): string[] {
  const markers: string[] = [];
  let pos = 2;
  markers.push('d8');
  while (pos < bytes.length) {
    expect(bytes[pos]).toBe(0xff);
    const marker = bytes[pos + 1];
    markers.push(marker.toString(16));
    if (marker === 0xd9) break;
    if (marker >= 0xd0 && marker <= 0xd7) {
      pos += 2;
      continue;
    }
    pos += 2 + bytes.readUInt16BE(pos + 2);
    if (marker === 0xda) {
      while (!(bytes[pos] === 0xff && bytes[pos + 1] !== 0 && !(bytes[pos + 1] >= 0xd0 && bytes[pos + 1] <= 0xd7))) pos++;
    }
  }
  expect(pos + 2).toBe(bytes.length);
  return markers;
}

describe('stripImageMetadata: JPEG', () => {
  it('drops EXIF, XMP, IPTC and comments, keeps every other segment and the scan data as they were', () => {
    const input = jpeg({ orientation: 1 });
    expect(input.toString('latin1')).toContain(GPS);
    const output = stripImageMetadata(input, typeOf(input));
    expect(output.toString('latin1')).not.toContain(GPS);
    expect(output.toString('latin1')).not.toContain('Exif');
    expect(jpegMarkers(output)).toEqual(['d8', 'e0', 'e2', 'db', 'c0', 'c4', 'da', 'd9']);
    expect(output.toString('latin1')).toContain('ICC_PROFILE');
    const scan = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9]);
    expect(output.subarray(output.length - scan.length)).toEqual(scan);
  });

  it.each(['MM', 'II'] as const)('keeps only the orientation (%s byte order), so a portrait photo stays upright', (order) => {
    const input = jpeg({ orientation: 6, order });
    const output = stripImageMetadata(input, typeOf(input));
    expect(output.toString('latin1')).not.toContain(GPS);
    expect(jpegMarkers(output)).toEqual(['d8', 'e0', 'e1', 'e2', 'db', 'c0', 'c4', 'da', 'd9']);
    const app1 = output.subarray(output.indexOf(Buffer.from([0xff, 0xe1])));
    expect(app1.subarray(4, 10).toString('latin1')).toBe('Exif\0\0');
    // TIFF (MM): one IFD entry, tag 0x0112 = 6
    expect(app1.readUInt16BE(18)).toBe(1);
    expect(app1.readUInt16BE(20)).toBe(0x0112);
    expect(app1.readUInt16BE(28)).toBe(6);
  });

  it('drops data appended after the end marker', () => {
    const input = jpeg({ trailer: `SEFH${GPS}` });
    const output = stripImageMetadata(input, typeOf(input));
    expect(output.toString('latin1')).not.toContain(GPS);
    expect(output.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('refuses a JPEG whose segment runs past the end', () => {
    const input = jpeg().subarray(0, 40);
    expect(() => stripImageMetadata(input, typeOf(input))).toThrow(DamagedImageError);
  });
});

// ---- PNG --------------------------------------------------------------------------------------------------------
function chunk(type: string, data: Buffer | string): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), typeof data === 'string' ? Buffer.from(data, 'latin1') : data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pngChunks(bytes: Buffer): { type: string; crcOk: boolean }[] {
  const chunks: { type: string; crcOk: boolean }[] = [];
  let pos = 8;
  while (pos < bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const body = bytes.subarray(pos + 4, pos + 8 + length);
    chunks.push({ type: body.toString('latin1', 0, 4), crcOk: bytes.readUInt32BE(pos + 8 + length) === crc32(body) });
    pos += 12 + length;
  }
  return chunks;
}

describe('stripImageMetadata: PNG', () => {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', `Comment\0${GPS}`),
    chunk('iTXt', `XML:com.adobe.xmp\0\0\0\0\0${GPS}`),
    chunk('zTXt', 'Raw profile\0\0xyz'),
    chunk('eXIf', exifPayload(6).subarray(6)),
    chunk('tIME', Buffer.from([7, 234, 11, 28, 10, 0, 0])),
    chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0, 0, 0, 2, 0, 1])),
    chunk('IEND', ''),
  ]);

  it('drops text, EXIF and time chunks; the rest stay byte for byte with valid CRCs', () => {
    expect(png.toString('latin1')).toContain(GPS);
    const output = stripImageMetadata(png, typeOf(png));
    expect(output.toString('latin1')).not.toContain(GPS);
    expect(pngChunks(output)).toEqual(['IHDR', 'gAMA', 'IDAT', 'IEND'].map((type) => ({ type, crcOk: true })));
  });

  it('drops data after IEND and refuses a PNG without it', () => {
    const withTrailer = Buffer.concat([png, Buffer.from(GPS)]);
    expect(stripImageMetadata(withTrailer, typeOf(withTrailer)).toString('latin1')).not.toContain(GPS);
    const truncated = png.subarray(0, png.length - 12);
    expect(() => stripImageMetadata(truncated, typeOf(truncated))).toThrow(DamagedImageError);
  });
});

// ---- WebP -------------------------------------------------------------------------------------------------------
function riffChunk(fourcc: string, data: Buffer | string): Buffer {
  const body = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const header = Buffer.alloc(8);
  header.write(fourcc, 0, 'latin1');
  header.writeUInt32LE(body.length, 4);
  return Buffer.concat([header, body, body.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
}

function webp(...chunks: Buffer[]): Buffer {
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + chunks.reduce((sum, c) => sum + c.length, 0), 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, ...chunks]);
}

function webpChunks(bytes: Buffer): string[] {
  expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  const fourccs: string[] = [];
  let pos = 12;
  while (pos < bytes.length) {
    const size = bytes.readUInt32LE(pos + 4);
    fourccs.push(bytes.toString('latin1', pos, pos + 4));
    pos += 8 + size + (size & 1);
  }
  expect(pos).toBe(bytes.length);
  return fourccs;
}

describe('stripImageMetadata: WebP', () => {
  it('drops EXIF and XMP from an extended WebP, clears their flags and fixes the RIFF size', () => {
    const vp8x = Buffer.alloc(10);
    vp8x[0] = 0x20 | 0x08 | 0x04; // ICC + EXIF + XMP
    const input = webp(
      riffChunk('VP8X', vp8x),
      riffChunk('ICCP', 'icc'),
      riffChunk('VP8 ', Buffer.alloc(11, 7)),
      riffChunk('EXIF', exifPayload(6).subarray(6)),
      riffChunk('XMP ', `<x>${GPS}</x>`),
    );
    expect(input.toString('latin1')).toContain(GPS);
    const output = stripImageMetadata(input, typeOf(input));
    expect(output.toString('latin1')).not.toContain(GPS);
    expect(webpChunks(output)).toEqual(['VP8X', 'ICCP', 'VP8 ']);
    expect(output[20]).toBe(0x20);
  });

  it('leaves a simple WebP as it was', () => {
    const input = webp(riffChunk('VP8L', Buffer.alloc(9, 3)));
    expect(stripImageMetadata(input, typeOf(input))).toEqual(input);
  });

  it('refuses a WebP whose chunk runs past the end', () => {
    const input = webp(riffChunk('VP8 ', Buffer.alloc(20, 1))).subarray(0, 30);
    input.writeUInt32LE(22, 4);
    expect(() => stripImageMetadata(input, typeOf(input))).toThrow(DamagedImageError);
  });
});

describe('stripImageMetadata: PDF', () => {
  it('returns a PDF unchanged', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF');
    expect(stripImageMetadata(pdf, typeOf(pdf))).toBe(pdf);
  });
});
