// The full app: antd (its reset and theme), react-query, the router with every page. main.tsx loads it for every
// address the light shell (app/light) does not serve.
import 'antd/dist/reset.css';
import { loadAntdLocales } from '../lib/antd-locale';
import { AppProvider } from './provider';
import { AppRouter } from './router';
import './global.css';

/** antd's and dayjs's locale of the language in use (its strings are already there). */
export function prepareFullApp(): Promise<void> {
  return loadAntdLocales();
}

export function FullApp() {
  return (
    <AppProvider>
      <AppRouter />
    </AppProvider>
  );
}
