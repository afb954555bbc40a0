import { SetMetadata } from '@nestjs/common';

export const PASSWORD_CHANGE_ALLOWED = 'banshishi:password-change-allowed';

/**
 * The few routes a person whose password must be changed may still call (who am I, sign out, change it); every other
 * route answers 403 PASSWORD_CHANGE_REQUIRED until they have.
 */
export const PasswordChangeAllowed = () => SetMetadata(PASSWORD_CHANGE_ALLOWED, true);
