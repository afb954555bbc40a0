// The workflow's labels ({zh, en}) in the interface language, so buttons and tags say what the api and exports say.
import type { Label } from '@banshishi/workflow';

export function workflowLabel(label: Label | undefined, language: string, fallback = ''): string {
  if (!label) return fallback;
  return language.startsWith('zh') ? label.zh : label.en;
}
