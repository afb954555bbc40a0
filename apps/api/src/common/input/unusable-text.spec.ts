import { unusableText } from './unusable-text';

describe('unusableText', () => {
  it.each([
    ['plain ASCII', 'Pay and income'],
    ['Chinese', '车间夏季高温降温措施不足'],
    ['a character beyond the BMP (a surrogate pair)', '𠮷野家 😀'],
    ['full-width and ideographic space', '（食堂）\u3000排队'],
    ['the empty string', ''],
  ])('accepts %s', (_name, text) => {
    expect(unusableText(text)).toBeNull();
    expect(unusableText(text, { singleLine: true })).toBeNull();
  });

  it.each([
    ['NUL', 'a\u0000b', 'must not contain a NUL character'],
    ['NUL alone', '\u0000', 'must not contain a NUL character'],
    ['a lone high surrogate', 'a\ud800b', 'must not contain an unpaired UTF-16 surrogate'],
    ['a high surrogate at the end', 'a\ud83d', 'must not contain an unpaired UTF-16 surrogate'],
    ['a lone low surrogate', '\udc00a', 'must not contain an unpaired UTF-16 surrogate'],
    ['two high surrogates', '\ud800\ud800\udc00', 'must not contain an unpaired UTF-16 surrogate'],
    ['BEL', 'a\u0007', 'must not contain control characters (U+0007)'],
    ['ESC', '\u001b[31m', 'must not contain control characters (U+001B)'],
    ['vertical tab', 'a\u000bb', 'must not contain control characters (U+000B)'],
    ['DEL', 'a\u007f', 'must not contain control characters (U+007F)'],
    ['a C1 control (NEL)', 'a\u0085b', 'must not contain control characters (U+0085)'],
  ])('refuses %s everywhere', (_name, text, why) => {
    expect(unusableText(text)).toBe(why);
    expect(unusableText(text, { singleLine: true })).toBe(why);
  });

  it.each([
    ['LF', '第一行\n第二行'],
    ['CR LF', '第一行\r\n第二行'],
    ['tab', '项目\t说明'],
    ['U+2028', 'a\u2028b'],
  ])('keeps %s in multi-line text, refuses it in a single line', (_name, text) => {
    expect(unusableText(text)).toBeNull();
    expect(unusableText(text, { singleLine: true })).toBe('must be a single line (no line breaks or tabs)');
  });
});
