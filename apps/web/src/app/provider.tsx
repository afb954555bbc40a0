import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { watchSessionExpiry } from '../features/identity/api/watch-session-expiry';
import { REQUEST_CREATED } from '../features/intake/api/create-request';
import { myRequestsQueryKey } from '../features/intake/api/get-my-requests';
import { antdLocale } from '../lib/antd-locale';
import { queryClient } from '../lib/query-client';

/**
 * The union red is the brand, but on a form field red means "wrong". Fields focus and hover in a calm blue, so only a
 * real validation error is red.
 */
const FIELD_FOCUS = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff', activeShadow: '0 0 0 2px rgba(5, 145, 255, 0.1)' };
const SELECT_FOCUS = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff', activeOutlineColor: 'rgba(5, 145, 255, 0.1)' };
/**
 * Small text must stand out 4.5:1 from its background (WCAG AA), on white and on the page's #f5f5f5. antd's 45% black
 * for secondary text (≈ #8c8c8c, 3.4:1), its blue #1677ff for links and 'processing' tags (4.1:1), its green #52c41a
 * (a finished progress bar's "100%", 2.3:1) and its red #ff4d4f (a form field's error, 3.3:1) fall short: 60% black
 * (≈ #666, 5.7:1), a deeper blue (#0958d9, 6.1:1; darker still on hover), green #237804 (5.6:1) and red #cf1322
 * (5.6:1) do not.
 */
const READABLE_TEXT = {
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorInfo: '#0958d9',
  colorSuccess: '#237804',
  colorError: '#cf1322',
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
};
/**
 * A coloured tag writes shade 7 of its colour on shade 1. For the light colours that is below 4.5:1 (gold 2.8:1, orange
 * and green 3.3:1): their text takes the first darker shade that reaches it. Red, blue, geekblue, purple and magenta pass.
 */
const READABLE_TAGS = {
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
};
const THEME: ThemeConfig = {
  token: { colorPrimary: '#c8102e', borderRadius: 6, ...READABLE_TEXT, ...READABLE_TAGS },
  components: { Input: FIELD_FOCUS, InputNumber: FIELD_FOCUS, DatePicker: FIELD_FOCUS, Mentions: FIELD_FOCUS, Select: SELECT_FOCUS },
};

export function AppProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  // The language's dayjs and antd locales were loaded with its strings (lib/i18n).
  dayjs.locale(i18n.language === 'zh-CN' ? 'zh-cn' : 'en');
  useEffect(() => watchSessionExpiry(queryClient), []);
  // The request form (shared with the light worker pages) uses no query library: it says when it created a request.
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: myRequestsQueryKey });
    window.addEventListener(REQUEST_CREATED, refresh);
    return () => window.removeEventListener(REQUEST_CREATED, refresh);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale(i18n.language)} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
