// A phone photo made small enough for a weak mobile network before it is uploaded: decoded upright (the browser
// applies the EXIF orientation), drawn at most PHOTO_UPLOAD.longEdge pixels on its long side and re-encoded as JPEG,
// lower quality then smaller size until it fits PHOTO_UPLOAD.maxBytes. Plain canvas, no library: it runs on the
// worker's page. Anything else (a PDF, a photo small enough, one the browser cannot decode) is sent as it is.

export const PHOTO_UPLOAD = {
  maxBytes: 1024 * 1024,
  /** long edges tried in turn, each at every quality, until the photo fits */
  longEdges: [2048, 1600, 1280],
  qualities: [0.82, 0.7, 0.55],
  type: 'image/jpeg',
} as const;

const SHRINKABLE = /^image\/(jpeg|png|webp)$/;

/** Whether shrinkPhoto may make this file smaller (so the size limit applies to what it makes, not to the file). */
export function isShrinkable(file: { type: string; name: string }): boolean {
  return file.type ? SHRINKABLE.test(file.type) : /\.(jpe?g|png|webp)$/i.test(file.name);
}

interface Picture {
  source: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

/** Upright pixels: createImageBitmap orients by EXIF by default ('from-image'); an <img> does too (CSS image-orientation). */
async function decode(file: Blob): Promise<Picture> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file);
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // e.g. an older Safari without Blob support here: the <img> below
    }
  }
  const image = new Image();
  const url = URL.createObjectURL(file);
  image.src = url;
  try {
    await image.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, close: () => URL.revokeObjectURL(url) };
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvasOf(width: number, height: number): { context: Canvas2D; encode: (quality: number) => Promise<Blob | null>; release: () => void } {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context) {
      return {
        context,
        encode: (quality) => canvas.convertToBlob({ type: PHOTO_UPLOAD.type, quality }).catch(() => null),
        release: () => {
          canvas.width = canvas.height = 0;
        },
      };
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  return {
    context,
    encode: (quality) => new Promise((resolve) => canvas.toBlob(resolve, PHOTO_UPLOAD.type, quality)),
    release: () => {
      canvas.width = canvas.height = 0;
    },
  };
}

/** `IMG_1234.HEIC.png` → `IMG_1234.HEIC.jpg`: the name says what the bytes now are. */
function jpegName(name: string): string {
  return `${name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
}

/** The photo as it should be uploaded: `file` itself when it is small enough, not a photo, or cannot be decoded here. */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!isShrinkable(file) || file.size <= PHOTO_UPLOAD.maxBytes) return file;
  let picture: Picture;
  try {
    picture = await decode(file);
  } catch {
    return file; // the server judges it
  }
  let smallest: Blob | null = null;
  let tried = 0;
  try {
    for (const edge of PHOTO_UPLOAD.longEdges) {
      const scale = Math.min(1, edge / Math.max(picture.width, picture.height));
      const width = Math.max(1, Math.round(picture.width * scale));
      const height = Math.max(1, Math.round(picture.height * scale));
      if (width === tried) continue; // a photo smaller than this edge already was tried at its own size
      tried = width;
      const { context, encode, release } = canvasOf(width, height);
      try {
        // White under a transparent PNG, which JPEG cannot keep.
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
        context.imageSmoothingQuality = 'high';
        context.drawImage(picture.source, 0, 0, width, height);
        for (const quality of PHOTO_UPLOAD.qualities) {
          const blob = await encode(quality);
          if (!blob || blob.type !== PHOTO_UPLOAD.type) return file;
          if (!smallest || blob.size < smallest.size) smallest = blob;
          if (blob.size <= PHOTO_UPLOAD.maxBytes) return new File([blob], jpegName(file.name), { type: blob.type, lastModified: file.lastModified });
        }
      } finally {
        release();
      }
    }
  } catch {
    return file;
  } finally {
    picture.close();
  }
  return smallest && smallest.size < file.size ? new File([smallest], jpegName(file.name), { type: smallest.type, lastModified: file.lastModified }) : file;
}
