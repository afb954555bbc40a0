// Enter in a date field picks the date; it must not submit the dialog around it. A form with one single-line input
// submits on Enter (the browser's implicit submission), and a date picker's input is one: a leader typing a 督办
// deadline and pressing Enter recorded the 督办 before the note was read over. The picker's own Enter handling (it
// takes the typed date) runs first; this only cancels the browser's default action, the submission.
import type { KeyboardEvent } from 'react';

export function keepEnterInPickers(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter' && event.target instanceof Element && event.target.closest('.ant-picker')) event.preventDefault();
}
