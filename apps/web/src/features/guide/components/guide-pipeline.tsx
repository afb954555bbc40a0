// The passage's 一条龙流程 as four steps, each linking to the product's screen for that stage.
import type { GuideArticle } from '@banshishi/contracts';
import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Stage } from '../../../components/why-link';

type PipelineStage = GuideArticle['pipeline']['stages'][number];

/** Where each stage is done in the product; 意见收集 is the submission form for workers, tracking for everyone else. */
export function stageScreen(stage: Stage, worker: boolean): string {
  switch (stage) {
    case 'intake':
      return worker ? '/requests/new' : '/track';
    case 'triage':
      return '/inbox';
    case 'implementation':
      return '/workspace';
    case 'evaluation':
      return '/dashboard';
  }
}

export function GuidePipeline({ stages, worker, current }: { stages: readonly PipelineStage[]; worker: boolean; current?: Stage }) {
  const { t } = useTranslation();
  const index = stages.findIndex((stage) => stage.key === current);
  return (
    <Steps
      data-testid="guide-pipeline"
      responsive
      size="small"
      current={index}
      status={index >= 0 ? 'process' : 'wait'}
      items={stages.map((stage) => ({
        title: <Link to={stageScreen(stage.key, worker)}>{stage.title}</Link>,
        description: t(`stage.${stage.key}.summary`),
        status: stage.key === current ? 'process' : 'wait',
      }))}
    />
  );
}
