// A mainland mobile number as people write it (+86, spaces, dashes), stored as its 11 digits; null clears it.
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { normaliseMainlandMobile } from '../../intake/in-person/requester-phone';

export const MOBILE_PHONE_MESSAGE = (field: string) => `${field} must be a mainland mobile number of 11 digits (1[3-9]…)`;

export function MobilePhone(field: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    // Anything that is not a number stays as sent, for the pattern to refuse with the field's name.
    Transform(({ value }) => (typeof value === 'string' ? (normaliseMainlandMobile(value) ?? value) : value)),
    Matches(/^1[3-9]\d{9}$/, { message: MOBILE_PHONE_MESSAGE(field) }),
  );
}
