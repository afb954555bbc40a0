// The two ciphers intake uses, each under its own key derived from APP_SECRET.
import type { Provider } from '@nestjs/common';
import { APP_SECRET } from '../../config/app-config';
import { ContactCipher } from './contact-cipher';

/** Stored idempotent responses (an anonymous one holds the tracking secret for its 24 hours). */
export const RESPONSE_CIPHER = Symbol('RESPONSE_CIPHER');

export const INTAKE_CIPHERS: Provider[] = [
  { provide: ContactCipher, useFactory: (secret: string) => new ContactCipher(secret, 'contact'), inject: [APP_SECRET] },
  { provide: RESPONSE_CIPHER, useFactory: (secret: string) => new ContactCipher(secret, 'idempotent-response'), inject: [APP_SECRET] },
];
