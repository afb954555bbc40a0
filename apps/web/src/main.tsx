// Two ways in. The worker's pages (the QR entry page /s/<token> and /requests/new) are a light shell of plain HTML,
// React and the strings (app/light): what a phone on a weak network downloads before it shows the form. Every other
// page loads the full app (antd, the router, react-query). Which one is decided here, before anything heavy is imported.
// The light shell's chunk, the language's strings and the page's answers are asked for side by side: the shell is no
// round trip later than the strings, and the full app's pages do not carry it.
import { StrictMode, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { lightPage, prefetchLightPage } from './app/light/light-page';
import { startI18n } from './lib/i18n';

let root: Root | null = null;

function render(App: ComponentType) {
  root ??= createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** The full app, also where a light page hands over (a signed-in person who may not submit: its guard says so). */
async function startFullApp(loading = import('./app/full-app')): Promise<void> {
  const { prepareFullApp, FullApp } = await loading;
  await prepareFullApp();
  render(FullApp);
}

const strings = startI18n();
const page = lightPage(window.location.pathname);
if (page) {
  prefetchLightPage(page);
  void Promise.all([import('./app/light/light-app'), strings]).then(([{ LightApp }]) => render(() => <LightApp page={page} onHandOver={() => void startFullApp()} />));
} else {
  // the app's chunk on its way beside the strings
  const loading = import('./app/full-app');
  void strings.then(() => startFullApp(loading));
}
