/**
 * A plain-text e-mail's headers and text as a local SMTP server received them. nodemailer picks the transfer encoding
 * from the text itself — base64 when much of it is Chinese, quoted-printable when it is mostly ASCII (a long link, a
 * request code) — so a test reads the text whichever was chosen.
 */
export function mailText(raw: string): { headers: string; text: string } {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase() ?? '7bit';
  if (encoding === 'base64') return { headers, text: Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') };
  if (encoding === 'quoted-printable') return { headers, text: quotedPrintable(body) };
  return { headers, text: body };
}

/** RFC 2045 §6.7: soft line breaks removed, `=XX` is one byte; the bytes are UTF-8. */
function quotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
