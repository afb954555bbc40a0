import { isShrinkable, PHOTO_UPLOAD, shrinkPhoto } from './shrink-photo';

describe('shrinkPhoto', () => {
  it('knows which files it may make smaller: JPEG, PNG and WebP photos, by type or (without one) by name', () => {
    expect(isShrinkable({ type: 'image/jpeg', name: 'a.jpg' })).toBe(true);
    expect(isShrinkable({ type: 'image/webp', name: 'a' })).toBe(true);
    expect(isShrinkable({ type: '', name: 'IMG_0001.JPEG' })).toBe(true);
    expect(isShrinkable({ type: 'application/pdf', name: 'a.jpg' })).toBe(false);
    expect(isShrinkable({ type: 'image/gif', name: 'a.gif' })).toBe(false);
    expect(isShrinkable({ type: '', name: 'report.pdf' })).toBe(false);
  });

  it('sends a PDF, a small photo and a photo it cannot decode as they are', async () => {
    const pdf = new File([new Uint8Array(PHOTO_UPLOAD.maxBytes + 1)], 'a.pdf', { type: 'application/pdf' });
    const small = new File([new Uint8Array(PHOTO_UPLOAD.maxBytes)], 'a.jpg', { type: 'image/jpeg' });
    // Node has neither createImageBitmap nor <img>: decoding fails, and the file goes as it is for the server to judge.
    const big = new File([new Uint8Array(PHOTO_UPLOAD.maxBytes + 1)], 'b.jpg', { type: 'image/jpeg' });
    for (const file of [pdf, small, big]) expect(await shrinkPhoto(file)).toBe(file);
  });
});
