// The tracking card as a picture to keep on the phone: the QR of the tracking link, the code and the secret, big.
import QRCode from 'qrcode';

const WIDTH = 480;
const HEIGHT = 700;
const QR_SIZE = 320;
const FONT = `"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif`;
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

export interface TrackingCardText {
  title: string;
  codeLabel: string;
  secretLabel: string;
  hint: string;
}

export async function trackingCardPng(link: string, code: string, secret: string, text: TrackingCardText): Promise<Blob> {
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * scale;
  canvas.height = HEIGHT * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.fillStyle = '#c8102e';
  context.fillRect(0, 0, WIDTH, 16);
  context.textAlign = 'center';
  context.fillStyle = '#1f1f1f';
  context.font = `700 28px ${FONT}`;
  context.fillText(text.title, WIDTH / 2, 64);
  const qr = await QRCode.toCanvas(link, { width: QR_SIZE * scale, margin: 1, errorCorrectionLevel: 'M' });
  context.drawImage(qr, (WIDTH - QR_SIZE) / 2, 90, QR_SIZE, QR_SIZE);
  context.fillStyle = '#595959';
  context.font = `18px ${FONT}`;
  context.fillText(text.codeLabel, WIDTH / 2, 450);
  context.fillText(text.secretLabel, WIDTH / 2, 540);
  context.fillStyle = '#1f1f1f';
  context.font = `700 30px ${MONO}`;
  context.fillText(code, WIDTH / 2, 490);
  context.fillText(secret, WIDTH / 2, 580);
  context.fillStyle = '#8c8c8c';
  context.font = `15px ${FONT}`;
  context.fillText(text.hint, WIDTH / 2, 640);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** Saves a blob under a file name: on a phone, into its downloads or photos. */
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
