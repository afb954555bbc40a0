// The light pages' files asked for straight from the HTML. Without this a worker's page waits for the entry (React,
// i18next: the biggest file) to arrive and run before main.tsx's import() names the shell's chunks and the strings: a
// second wave of requests after the first. The build (vite.config.mts) writes this script into index.html with the
// chunks the shell needs; it runs as the HTML is read and, on a light page only, adds a <link> for each, so they load
// beside the entry. main.tsx's import() then finds them loaded (or on their way); the full app's pages load nothing more.
// No imports but the two rules it shares with the browser's code, so the build's config can read it.
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, type Language } from '../../lib/languages';
import { LIGHT_PATHS } from './light-paths';

export interface LightPreload {
  /** The shell's JavaScript chunks, besides the entry's own (already in the HTML), as URLs. */
  modules: string[];
  /** Its style sheets (Vite's import() adds them as <link rel=stylesheet> and waits for them: preloaded, they are there). */
  styles: string[];
  /** Each language's strings chunk (lib/i18n imports the one in use before the first render). */
  strings: Record<Language, string>;
}

/**
 * The inline script (plain ES5, run before the body is read). Which language: the one lib/i18n starts with (saved in
 * localStorage, else zh-CN). `crossOrigin = ''` as Vite's own links and module scripts, so the fetches are the ones the
 * import() makes.
 */
export function lightPreloadScript({ modules, styles, strings }: LightPreload): string {
  const data = JSON.stringify({ modules, styles, strings });
  const paths = LIGHT_PATHS.map(String).join(',');
  return [
    '(function () {',
    `  var paths = [${paths}], path = location.pathname, light = false, language = null, files = ${data};`,
    '  for (var i = 0; i < paths.length; i++) light = light || paths[i].test(path);',
    '  if (!light) return;',
    `  try { language = localStorage.getItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)}); } catch (e) {}`,
    '  if (!Object.prototype.hasOwnProperty.call(files.strings, language)) language = ' + JSON.stringify(DEFAULT_LANGUAGE) + ';',
    '  function add(href, rel, as) {',
    "    var link = document.createElement('link');",
    '    link.rel = rel;',
    '    if (as) link.as = as;',
    "    link.crossOrigin = '';",
    '    link.href = href;',
    '    document.head.appendChild(link);',
    '  }',
    "  add(files.strings[language], 'modulepreload');",
    "  for (var m = 0; m < files.modules.length; m++) add(files.modules[m], 'modulepreload');",
    "  for (var s = 0; s < files.styles.length; s++) add(files.styles[s], 'preload', 'style');",
    '})();',
  ].join('\n');
}
