import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthSessionEntity } from './auth-session.entity';
import { LoginThrottleService } from './login-throttle.service';
import { OrgUnitEntity } from './org-unit.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { ScopeService } from './scope.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Users, roles, login and the org tree; exports the scope check every other module uses. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OrgUnitEntity, UserEntity, RoleGrantEntity, AuthSessionEntity])],
  controllers: [AuthController, UnitsController, UsersController],
  providers: [AuthService, LoginThrottleService, ScopeService, UnitsService, UsersService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ScopeService],
})
export class IdentityModule {}
