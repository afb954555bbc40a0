// The one-time passwords of a roster import as a CSV file Excel opens in Chinese (UTF-8 with a byte-order mark).
import type { RosterCredential } from '@banshishi/contracts';

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `headers`: the column names in the reader's language (row, name, phone, username, password). */
export function credentialsCsv(credentials: readonly RosterCredential[], headers: readonly [string, string, string, string, string]): string {
  const lines = [headers, ...credentials.map((c) => [c.row, c.displayName, c.phone, c.username, c.temporaryPassword])];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
