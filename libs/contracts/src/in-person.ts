// 代为登记: a request a cadre records on a worker's behalf, heard on a visit, a call (12351), a letter, at the office or a forum.
import type { InPersonChannel } from '@banshishi/workflow';

/**
 * `POST /api/requests/in-person` (a cadre over `unitId`) → 201 `CreatedRequest` with `trackingSecret`: the requester's
 * tracking slip. Named (`anonymous: false`) needs `requesterName`; `requesterPhone` (a mainland mobile) is kept sealed and
 * links the request to the account with that phone when its holder signs in. Anonymous stores neither.
 */
export interface InPersonRequestRequest {
  /** the requester's (home) unit: the cadre must hold the cadre role over it */
  unitId: string;
  channel: InPersonChannel;
  /** the China day it was heard, YYYY-MM-DD: today or up to IN_PERSON_LIMITS.heardWithinDays before */
  heardOn: string;
  categoryId: string;
  /** REQUEST_LIMITS.title characters */
  title: string;
  /** REQUEST_LIMITS.description characters */
  description: string;
  anonymous: boolean;
  /** named only: IN_PERSON_LIMITS.requesterName characters */
  requesterName?: string;
  /** named only: an 11-digit mainland mobile number (spaces, dashes and +86 are accepted) */
  requesterPhone?: string;
  /** anything else for a return visit (address, landline), sealed like an online request's contact */
  contact?: string;
  /** up to ATTACHMENT_LIMITS.perRequest ids from `POST /api/attachments`, uploaded by the same cadre */
  attachmentIds?: string[];
}
