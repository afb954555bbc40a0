// Text PostgreSQL cannot store or a person cannot read: NUL (PostgreSQL refuses it in text), an unpaired UTF-16
// surrogate (it has no UTF-8: the driver would store U+FFFD in its place, silently) and control characters. Tab and
// line breaks are text in a multi-line field; a name or a title is one line.

/** Why `text` cannot be used, as the end of a sentence that starts with the field's name; null when it can. */
export function unusableText(text: string, options: { singleLine?: boolean } = {}): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue; // printable ASCII: the common case, first
    if (c === 0) return 'must not contain a NUL character';
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair: one character beyond the BMP (an emoji, a rare 汉字)
        continue;
      }
      return 'must not contain an unpaired UTF-16 surrogate';
    }
    if (c >= 0xdc00 && c <= 0xdfff) return 'must not contain an unpaired UTF-16 surrogate';
    const lineBreakOrTab = c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
    if (lineBreakOrTab) {
      if (options.singleLine) return 'must be a single line (no line breaks or tabs)';
      continue;
    }
    // C0 controls (but tab, LF, CR), DEL and the C1 controls
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `must not contain control characters (U+${c.toString(16).toUpperCase().padStart(4, '0')})`;
  }
  return null;
}
