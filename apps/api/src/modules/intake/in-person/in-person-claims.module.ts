import { Module } from '@nestjs/common';
import { InPersonClaimsRepository } from './in-person-claims.repository';
import { InPersonClaimsService } from './in-person-claims.service';

/** Linking in-person requests to an account at sign-in; depends only on the database and APP_SECRET (no cycle with identity). */
@Module({
  providers: [InPersonClaimsRepository, InPersonClaimsService],
  exports: [InPersonClaimsService],
})
export class InPersonClaimsModule {}
