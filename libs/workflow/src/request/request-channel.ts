// Where a request comes from (DOMAIN.md "Channels"): online by the worker or the QR page, or taken in person by a cadre.

import type { Label } from '../label';

export const REQUEST_CHANNELS = ['online', 'visit', 'phone', 'letter', 'walk_in', 'forum'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** The channels a cadre records a request through on the requester's behalf (代为登记). */
export const IN_PERSON_CHANNELS = ['visit', 'phone', 'letter', 'walk_in', 'forum'] as const satisfies readonly RequestChannel[];
export type InPersonChannel = (typeof IN_PERSON_CHANNELS)[number];

export const REQUEST_CHANNEL_LABELS: Readonly<Record<RequestChannel, Label>> = {
  online: { zh: '网上', en: 'Online' },
  visit: { zh: '走访', en: 'Visit' },
  phone: { zh: '来电', en: 'Phone call' },
  letter: { zh: '来信', en: 'Letter' },
  walk_in: { zh: '来访', en: 'Walk-in' },
  forum: { zh: '座谈会', en: 'Forum' },
};

export function isInPersonChannel(channel: string): channel is InPersonChannel {
  return (IN_PERSON_CHANNELS as readonly string[]).includes(channel);
}
