// Project codes people can read out: SS-<year of creation, China time>-<running number>.
import { CHINA_OFFSET_MS } from '@banshishi/workflow';

export const PROJECT_CODE_PATTERN = /^SS-\d{4}-\d{4,}$/;

export function formatProjectCode(at: Date, sequence: number): string {
  const year = new Date(at.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
  return `SS-${year}-${String(sequence).padStart(4, '0')}`;
}
