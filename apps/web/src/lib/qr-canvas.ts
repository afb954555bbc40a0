// Pictures drawn in the browser around a QR code (a unit's entry poster, a requester's tracking card): a white canvas
// at twice the size, the QR drawn on it, the result as a PNG to save.
import QRCode from 'qrcode';

/** Fonts that draw Chinese on every platform we meet. */
export const CJK_FONT = `"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif`;

/** Pixels per drawn unit: printers and phones want more pixels than the layout's size. */
const SCALE = 2;

/** A white canvas `width` × `height` in layout units (SCALE times as many pixels), ready to draw on. */
export function whiteCanvas(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return { canvas, context };
}

/** The QR of `text`, `size` layout units square, its top-left corner at (x, y). */
export async function drawQr(context: CanvasRenderingContext2D, text: string, x: number, y: number, size: number): Promise<void> {
  const qr = await QRCode.toCanvas(text, { width: size * SCALE, margin: 1, errorCorrectionLevel: 'M' });
  context.drawImage(qr, x, y, size, size);
}

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** Saves a blob under a file name, as a download: on a phone, into its downloads or photos. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
