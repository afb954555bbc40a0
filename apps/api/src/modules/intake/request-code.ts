// Request codes people can read out on the phone: BS-<year of submission, China time>-<running number>.
import { CHINA_OFFSET_MS } from '@banshishi/workflow';

export function chinaYear(at: Date): number {
  return new Date(at.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
}

export function formatRequestCode(at: Date, sequence: number): string {
  return `BS-${chinaYear(at)}-${String(sequence).padStart(6, '0')}`;
}

export const REQUEST_CODE_PATTERN = /^BS-\d{4}-\d{6,}$/;
