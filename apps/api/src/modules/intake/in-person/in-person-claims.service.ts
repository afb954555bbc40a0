// 代为登记, after the fact: a worker whose request a cadre recorded with their phone finds it under 我的诉求 once they
// sign in with an account that has that phone.
import { Inject, Injectable } from '@nestjs/common';
import { APP_SECRET } from '../../../config/app-config';
import { InPersonClaimsRepository } from './in-person-claims.repository';
import { hashRequesterPhone, normaliseMainlandMobile } from './requester-phone';

@Injectable()
export class InPersonClaimsService {
  constructor(
    private readonly repository: InPersonClaimsRepository,
    @Inject(APP_SECRET) private readonly appSecret: string,
  ) {}

  /**
   * Called by the sign-in flow with the account's phone (`app_user.phone`). Gives the account every named in-person
   * request recorded with that number and no requester yet; answers how many. A phone that is not a mainland mobile
   * number matches nothing.
   */
  async claimInPersonRequests(userId: string, phone: string | null | undefined): Promise<number> {
    if (!phone || normaliseMainlandMobile(phone) === null) return 0;
    return (await this.repository.claim(userId, hashRequesterPhone(phone, this.appSecret))).length;
  }
}
