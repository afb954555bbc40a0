// A unit's printable QR poster, made in the browser: the unit's name, a call to action, the QR of its entry URL.
// SVG: qrcode's own SVG nested in a page with text. PNG: qrcode drawn on a canvas, text drawn beside it.
import QRCode from 'qrcode';
import { CJK_FONT as FONT, canvasPng, drawQr, whiteCanvas } from '../../../lib/qr-canvas';

export interface PosterText {
  unitName: string;
  /** 扫码反映诉求 · 可匿名 */
  callToAction: string;
  /** the app's name, small, at the foot */
  footer: string;
}

const WIDTH = 600;
const HEIGHT = 840;
const QR_SIZE = 440;
const QR_TOP = 230;
const RED = '#c8102e';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** A long unit name gets a smaller font so it stays on the poster (CJK characters are about 1em wide). */
export function nameFontSize(unitName: string): number {
  return Math.max(20, Math.min(44, Math.floor((WIDTH - 60) / Math.max(1, [...unitName].length))));
}

export async function posterSvg(url: string, text: PosterText): Promise<string> {
  const qr = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // Place qrcode's <svg> inside the page: drop its own size, give it ours.
  const placed = qr
    .replace(/<\?xml[^>]*>/, '')
    .replace(/\s(width|height)="[^"]*"/g, '')
    .replace('<svg ', `<svg x="${(WIDTH - QR_SIZE) / 2}" y="${QR_TOP}" width="${QR_SIZE}" height="${QR_SIZE}" `);
  const size = nameFontSize(text.unitName);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family='${FONT}'>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${WIDTH}" height="24" fill="${RED}"/>`,
    `<text x="${WIDTH / 2}" y="110" font-size="${size}" font-weight="700" text-anchor="middle" fill="#1f1f1f">${escapeXml(text.unitName)}</text>`,
    `<text x="${WIDTH / 2}" y="185" font-size="36" font-weight="700" text-anchor="middle" fill="${RED}">${escapeXml(text.callToAction)}</text>`,
    placed,
    `<text x="${WIDTH / 2}" y="${QR_TOP + QR_SIZE + 60}" font-size="16" text-anchor="middle" fill="#595959">${escapeXml(url)}</text>`,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 40}" font-size="20" text-anchor="middle" fill="#8c8c8c">${escapeXml(text.footer)}</text>`,
    `<rect y="${HEIGHT - 12}" width="${WIDTH}" height="12" fill="${RED}"/>`,
    `</svg>`,
  ].join('\n');
}

/** The same poster as a PNG at twice the size, for printers that want pixels. */
export async function posterPng(url: string, text: PosterText): Promise<Blob> {
  const { canvas, context } = whiteCanvas(WIDTH, HEIGHT);
  context.fillStyle = RED;
  context.fillRect(0, 0, WIDTH, 24);
  context.fillRect(0, HEIGHT - 12, WIDTH, 12);
  context.textAlign = 'center';
  context.fillStyle = '#1f1f1f';
  context.font = `700 ${nameFontSize(text.unitName)}px ${FONT}`;
  context.fillText(text.unitName, WIDTH / 2, 110);
  context.fillStyle = RED;
  context.font = `700 36px ${FONT}`;
  context.fillText(text.callToAction, WIDTH / 2, 185);
  await drawQr(context, url, (WIDTH - QR_SIZE) / 2, QR_TOP, QR_SIZE);
  context.fillStyle = '#595959';
  context.font = `16px ${FONT}`;
  context.fillText(url, WIDTH / 2, QR_TOP + QR_SIZE + 60);
  context.fillStyle = '#8c8c8c';
  context.font = `20px ${FONT}`;
  context.fillText(text.footer, WIDTH / 2, HEIGHT - 40);
  return canvasPng(canvas);
}

/** A file name from the unit's name: characters a file system refuses become `_`. */
export function posterFileName(unitName: string, extension: 'png' | 'svg'): string {
  return `${unitName.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}-qr.${extension}`;
}
