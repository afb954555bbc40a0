import { sniffAttachmentType } from './attachment-type';

const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffAttachmentType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'image/jpeg', 'jpg', 'image'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png', 'png', 'image'],
    ['WebP', bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'image/webp', 'webp', 'image'],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ'), 'application/pdf', 'pdf', 'pdf'],
  ])('recognises %s by its first bytes', (_name, input, contentType, extension, kind) => {
    expect(sniffAttachmentType(input)).toEqual({ contentType, extension, kind });
  });

  it.each([
    ['GIF', bytes('GIF89a', [1, 0, 1, 0])],
    ['HEIC', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic')],
    ['text named .jpg', bytes('hello, this is not a photo')],
    ['an HTML page', bytes('<!doctype html><script>alert(1)</script>')],
    ['a RIFF that is not WebP (WAV)', bytes('RIFF', [36, 0, 0, 0], 'WAVEfmt ')],
    ['a ZIP', bytes('PK', [3, 4])],
    ['an empty file', bytes()],
    ['a truncated PNG signature', bytes([0x89], 'PNG')],
  ])('refuses %s', (_name, input) => {
    expect(sniffAttachmentType(input)).toBeNull();
  });
});
