// The white panel a request form sits on: antd's Card without its tab bar, which the phone pages would otherwise download.
import { theme } from 'antd';
import type { ReactNode } from 'react';

export function FormPanel({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        background: token.colorBgContainer,
        border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: token.paddingLG,
      }}
    >
      {children}
    </div>
  );
}
