// Spaces at both ends of a text field are taken off before it is validated (full-width and ideographic spaces too).
import { Transform } from 'class-transformer';

export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
