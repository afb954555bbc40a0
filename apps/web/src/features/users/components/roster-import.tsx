// 名册导入, in three steps: download the template; upload the filled-in workbook for a check (a dry run: every bad row
// with its reason, or what the import would do); confirm, and hand out the new accounts' one-time passwords.
import type { RosterCounts, RosterImportResult, RosterProblem } from '@banshishi/contracts';
import { CheckCircleOutlined, DownloadOutlined, FileExcelOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { ROSTER_LIMITS } from '@banshishi/contracts';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Result, Steps, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DownloadButton } from '../../../components/download-button';
import { ROSTER_TEMPLATE_URL, useImportRoster } from '../api/import-roster';
import { credentialsCsv, downloadText } from '../utils/credentials-csv';

function CountsText({ counts }: { counts: RosterCounts }) {
  const { t } = useTranslation();
  return <>{t('roster.counts', { ...counts })}</>;
}

function ProblemsTable({ problems }: { problems: RosterProblem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RosterProblem> = [
    { key: 'sheet', title: t('roster.sheet'), render: (_, p) => (p.sheet ? t(`roster.sheets.${p.sheet}`) : t('roster.workbook')), width: 100 },
    { key: 'row', title: t('roster.row'), dataIndex: 'row', render: (row: number) => (row > 0 ? row : '—'), width: 80 },
    { key: 'column', title: t('roster.column'), render: (_, p) => (p.column ? t(`roster.columns.${p.column}`) : '—'), width: 110 },
    { key: 'reason', title: t('roster.problem'), render: (_, p) => t(`roster.reasons.${p.reason}`, { max: ROSTER_LIMITS.rows.max }) },
    { key: 'value', title: t('roster.value'), dataIndex: 'value', render: (value: string | null) => value || '—' },
  ];
  return (
    <Table<RosterProblem>
      rowKey={(p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`}
      columns={columns}
      dataSource={problems}
      size="small"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
    />
  );
}

function Summary({ result }: { result: RosterImportResult }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ marginBottom: 16 }}
      items={[
        { key: 'units', label: t('roster.unitsRows', { count: result.rows.units }), children: <CountsText counts={result.units} /> },
        { key: 'users', label: t('roster.usersRows', { count: result.rows.users }), children: <CountsText counts={result.users} /> },
      ]}
    />
  );
}

function Credentials({ result }: { result: RosterImportResult }) {
  const { t } = useTranslation();
  if (!result.credentials.length) return null;
  const headers = [t('roster.row'), t('roster.columns.name'), t('roster.columns.phone'), t('roster.columns.username'), t('roster.temporaryPassword')] as const;
  return (
    <Card
      title={t('roster.credentialsTitle', { count: result.credentials.length })}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => downloadText(credentialsCsv(result.credentials, headers), t('roster.credentialsFile'))}>
          {t('roster.credentialsDownload')}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('roster.credentialsOnce')} style={{ marginBottom: 16 }} />
      <Table
        rowKey="row"
        size="small"
        dataSource={result.credentials}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'row', title: headers[0], dataIndex: 'row', width: 80 },
          { key: 'name', title: headers[1], dataIndex: 'displayName' },
          { key: 'phone', title: headers[2], dataIndex: 'phone' },
          { key: 'username', title: headers[3], dataIndex: 'username' },
          { key: 'password', title: headers[4], dataIndex: 'temporaryPassword', render: (password: string) => <Typography.Text code>{password}</Typography.Text> },
        ]}
      />
    </Card>
  );
}

export function RosterImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const check = useImportRoster();
  const apply = useImportRoster();
  const checked = check.data;
  const done = apply.data;
  const ready = checked && checked.problems.length === 0 && checked.rows.units + checked.rows.users > 0;

  const startOver = () => {
    setFile(null);
    check.reset();
    apply.reset();
  };

  if (done) {
    return (
      <>
        <Result
          status="success"
          icon={<CheckCircleOutlined />}
          title={t('roster.doneTitle')}
          subTitle={t('roster.doneText')}
          extra={
            <Button icon={<ReloadOutlined />} onClick={startOver}>
              {t('roster.another')}
            </Button>
          }
        />
        <Summary result={done} />
        <Credentials result={done} />
      </>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Steps size="small" current={ready ? 2 : file ? 1 : 0} items={[{ title: t('roster.stepTemplate') }, { title: t('roster.stepCheck') }, { title: t('roster.stepImport') }]} />
      <Card title={t('roster.stepTemplate')}>
        <Typography.Paragraph>{t('roster.templateText')}</Typography.Paragraph>
        <DownloadButton url={ROSTER_TEMPLATE_URL} icon={<FileExcelOutlined />}>
          {t('roster.template')}
        </DownloadButton>
      </Card>
      <Card title={t('roster.stepCheck')}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          multiple={false}
          fileList={file ? [{ uid: 'roster', name: file.name, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            setFile(chosen);
            check.reset();
            apply.reset();
            return false;
          }}
          onRemove={() => {
            startOver();
            return true;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('roster.upload')}</p>
          <p className="ant-upload-hint">{t('roster.uploadHint', { mb: ROSTER_LIMITS.bytes.max / 1024 / 1024 })}</p>
        </Upload.Dragger>
        <Button type="primary" style={{ marginTop: 16 }} disabled={!file} loading={check.isPending} onClick={() => file && check.mutate({ file, dryRun: true })}>
          {t('roster.check')}
        </Button>
      </Card>
      <ApiErrorAlert error={check.error ?? apply.error} />
      {checked && (
        <Card title={t('roster.checkTitle')}>
          <Summary result={checked} />
          {checked.problems.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                message={t('roster.problemsFound', { count: checked.problems.length })}
                description={t('roster.problemsText')}
                style={{ marginBottom: 16 }}
              />
              <ProblemsTable problems={checked.problems} />
            </>
          ) : ready ? (
            <>
              <Alert type="success" showIcon message={t('roster.noProblems')} style={{ marginBottom: 16 }} />
              <Popconfirm
                title={t('roster.confirmTitle')}
                description={t('roster.confirmText')}
                okText={t('roster.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => file && apply.mutate({ file, dryRun: false })}
              >
                <Button type="primary" loading={apply.isPending}>
                  {t('roster.confirm')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <Alert type="info" showIcon message={t('roster.empty')} />
          )}
        </Card>
      )}
    </Flex>
  );
}
