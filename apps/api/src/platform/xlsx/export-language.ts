// The language an export is written in: the web's (its `lang` parameter), else the browser's Accept-Language; Chinese first.
export type ExportLanguage = 'zh' | 'en';

/** `lang` wins ('en', 'en-US' → English; 'zh-CN' → Chinese); else the Accept-Language entry with the highest q; else Chinese. */
export function exportLanguage(lang: string | undefined, acceptLanguage: string | undefined): ExportLanguage {
  const pick = (tag: string): ExportLanguage | null => (/^en\b/i.test(tag) ? 'en' : /^zh\b/i.test(tag) ? 'zh' : null);
  if (lang) return pick(lang.trim()) ?? 'zh';
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const found = pick(entry.tag);
    if (found) return found;
  }
  return 'zh';
}
