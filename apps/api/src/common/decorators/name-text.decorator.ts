// A name or a title: trimmed, one line, and as long as its libs/contracts field limit says after trimming (so a name
// of spaces only is too short). What no text may hold (NUL, control characters) the edge check refuses for every field.
import { applyDecorators } from '@nestjs/common';
import { IsString, ValidateBy } from 'class-validator';
import { unusableText } from '../input/unusable-text';
import { TextLength } from './text-length.decorator';
import { Trimmed } from './trimmed.decorator';

function SingleLine(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'singleLine',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || unusableText(value, { singleLine: true }) === null,
      defaultMessage: () => `${field} must be a single line of text (no line breaks or tabs)`,
    },
  });
}

export function NameText(field: string, limit: { readonly min: number; readonly max: number }): PropertyDecorator {
  return applyDecorators(Trimmed(), IsString({ message: `${field} must be text` }), SingleLine(field), TextLength(field, limit));
}
