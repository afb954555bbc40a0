import { lightPreloadScript } from './light-preload';

const FILES = {
  modules: ['/assets/light-app-1.js', '/assets/submit-request-2.js'],
  styles: ['/assets/submit-request-3.css'],
  strings: { 'zh-CN': '/assets/zh-CN-4.js', en: '/assets/en-5.js' },
};

type Link = { rel: string; href: string; as?: string; crossOrigin?: string };

/** Runs the inline script as index.html does, at an address, with what localStorage holds (or throwing, as when blocked). */
function run(pathname: string, saved: string | null | Error = null): Link[] {
  const links: Link[] = [];
  const document = { createElement: () => ({}) as Link, head: { appendChild: (link: Link) => links.push({ ...link }) } };
  const localStorage = {
    getItem: () => {
      if (saved instanceof Error) throw saved;
      return saved;
    },
  };
  new Function('location', 'localStorage', 'document', lightPreloadScript(FILES))({ pathname }, localStorage, document);
  return links;
}

describe('lightPreloadScript: the light pages ask for their files from the HTML', () => {
  it.each(['/s/M6wTezeGrzLJnBsbEhmlDg2c', '/s/abc/', '/requests/new', '/requests/new/'])('%s: the strings, every chunk and style sheet at once', (path) => {
    expect(run(path)).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/zh-CN-4.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/light-app-1.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/submit-request-2.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: '/assets/submit-request-3.css' },
    ]);
  });

  it.each(['/', '/s/', '/s/abc/def', '/requests/mine', '/requests/new/x', '/track', '/inbox'])('%s (the full app): nothing', (path) => {
    expect(run(path)).toEqual([]);
  });

  it('takes the language lib/i18n starts with: the saved one, else zh-CN', () => {
    const strings = (saved: string | null | Error) => run('/requests/new', saved).filter((link) => /\/(zh-CN|en)-/.test(link.href));
    expect(strings('en')).toEqual([expect.objectContaining({ href: '/assets/en-5.js' })]);
    expect(strings('zh-CN')).toEqual([expect.objectContaining({ href: '/assets/zh-CN-4.js' })]);
    for (const other of [null, 'fr', 'constructor', new Error('storage is blocked')]) {
      expect(strings(other)).toEqual([expect.objectContaining({ href: '/assets/zh-CN-4.js' })]);
    }
  });
});
