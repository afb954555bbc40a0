// The uploader's file name, kept only as display text: never part of a path on disk.
export const ATTACHMENT_NAME_MAX = 100;

export type AttachmentNameResult = { ok: true; name: string } | { ok: false; reason: string };

/**
 * Refuses names that try to be paths (any `/` or `\`, or `.`/`..`); removes control and invisible format
 * characters (including right-to-left overrides that disguise an extension); cuts to 100 characters.
 * An empty result becomes `attachment.<ext>`.
 */
export function displayName(raw: string | undefined, extension: string): AttachmentNameResult {
  const name = (raw ?? '').normalize('NFC');
  if (/[/\\]/.test(name) || /^\s*\.{1,2}\s*$/.test(name)) return { ok: false, reason: 'the file name must not be a path' };
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const cut = [...clean].slice(0, ATTACHMENT_NAME_MAX).join('').trim();
  return { ok: true, name: cut === '' ? `attachment.${extension}` : cut };
}

/** `inline` with the display name: an ASCII fallback and the exact name in RFC 5987 form. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
