// The password rules, listed beside the field and ticked off as they are met (the same rules the server checks).
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { PASSWORD_LENGTH, PASSWORD_RULES, passwordProblems, type PasswordOwner } from '@banshishi/workflow';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function PasswordRules({ password, owner }: { password: string; owner: PasswordOwner }) {
  const { t } = useTranslation();
  const broken = passwordProblems(password, owner);
  return (
    <Flex vertical gap={2} role="list" aria-label={t('password.rulesTitle')} style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t('password.rulesTitle')}</Typography.Text>
      {PASSWORD_RULES.map((rule) => {
        const met = password.length > 0 && !broken.includes(rule);
        return (
          <Typography.Text key={rule} role="listitem" type={met ? 'success' : 'secondary'} data-met={met}>
            {met ? <CheckCircleFilled role="img" aria-label={t('password.ruleMet')} /> : <MinusCircleOutlined role="img" aria-label={t('password.ruleUnmet')} />}{' '}
            {t(`password.rules.${rule}`, PASSWORD_LENGTH)}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
