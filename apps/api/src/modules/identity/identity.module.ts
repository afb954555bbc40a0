import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InPersonClaimsModule } from '../intake/in-person/in-person-claims.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { IdentityChanges } from './identity-changes.service';
import { LoginThrottleService } from './login-throttle.service';
import { OrgUnitEntity } from './org-unit.entity';
import { RosterController } from './roster/roster.controller';
import { RosterService } from './roster/roster.service';
import { ScopeService } from './scope.service';
import { UnitsController } from './units.controller';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Users, roles, login and the org tree; exports the scope check every other module uses. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OrgUnitEntity]), InPersonClaimsModule],
  controllers: [AuthController, UnitsController, UsersController, RosterController],
  providers: [
    IdentityChanges,
    AuthRepository,
    AuthService,
    LoginThrottleService,
    UnitsRepository,
    ScopeService,
    UnitsService,
    UsersRepository,
    UsersService,
    RosterService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ScopeService],
})
export class IdentityModule {}
