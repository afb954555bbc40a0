// The tracking card as a picture to keep on the phone: the QR of the tracking link, the code and the secret, big.
import { CJK_FONT as FONT, canvasPng, drawQr, whiteCanvas } from '../../../lib/qr-canvas';

const WIDTH = 480;
const HEIGHT = 700;
const QR_SIZE = 320;
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

export interface TrackingCardText {
  title: string;
  codeLabel: string;
  secretLabel: string;
  hint: string;
}

export async function trackingCardPng(link: string, code: string, secret: string, text: TrackingCardText): Promise<Blob> {
  const { canvas, context } = whiteCanvas(WIDTH, HEIGHT);
  context.fillStyle = '#c8102e';
  context.fillRect(0, 0, WIDTH, 16);
  context.textAlign = 'center';
  context.fillStyle = '#1f1f1f';
  context.font = `700 28px ${FONT}`;
  context.fillText(text.title, WIDTH / 2, 64);
  await drawQr(context, link, (WIDTH - QR_SIZE) / 2, 90, QR_SIZE);
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
  return canvasPng(canvas);
}
