import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { watchSessionExpiry } from '../features/identity/api/watch-session-expiry';
import { queryClient } from '../lib/query-client';

/**
 * The union red is the brand, but on a form field red means "wrong". Fields focus and hover in a calm blue, so only a
 * real validation error is red.
 */
const FIELD_FOCUS = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff', activeShadow: '0 0 0 2px rgba(5, 145, 255, 0.1)' };
const SELECT_FOCUS = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff', activeOutlineColor: 'rgba(5, 145, 255, 0.1)' };
const THEME: ThemeConfig = {
  token: { colorPrimary: '#c8102e', borderRadius: 6 },
  components: { Input: FIELD_FOCUS, InputNumber: FIELD_FOCUS, DatePicker: FIELD_FOCUS, Mentions: FIELD_FOCUS, Select: SELECT_FOCUS },
};

export function AppProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  dayjs.locale(zh ? 'zh-cn' : 'en');
  useEffect(() => watchSessionExpiry(queryClient), []);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zh ? zhCN : enUS} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
