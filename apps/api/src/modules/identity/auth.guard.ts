// The one global guard: who is calling (bearer token or session cookie), and whether the route's roles allow it.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@banshishi/workflow';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { AuthService } from './auth.service';
import { hasAnyRole, hasAnyRoleOverWholeTree, type AuthUser } from './auth-user';
import { PASSWORD_CHANGE_ALLOWED } from './password-change-allowed.decorator';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ROLES, WHOLE_TREE } from './roles.decorator';
import { SESSION_COOKIE } from './session-token';

export type AuthedRequest = FastifyRequest & { user?: AuthUser };

function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return request.cookies?.[SESSION_COOKIE] ?? null;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const token = tokenOf(request);
    // Public routes still learn who is calling when a token comes along (a worker submitting, say).
    const user = token ? await this.auth.resolve(token) : null;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    // A password that must be changed opens nothing but the change itself: public routes see a visitor, the rest refuse.
    const pending = user?.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ALLOWED, targets);
    if (user && !(pending && isPublic)) request.user = user;

    if (isPublic) return true;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Please log in');
    if (pending) throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Change your password first: POST /api/auth/password');

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const wholeTree = this.reflector.getAllAndOverride<boolean | undefined>(WHOLE_TREE, targets) ?? false;
    if (roles && !(wholeTree ? hasAnyRoleOverWholeTree(user, roles) : hasAnyRole(user, roles))) {
      await this.audit.record({
        actorId: user.id,
        action: 'auth.permission_denied',
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
        after: { required: roles, ...(wholeTree ? { wholeTree } : {}) },
      });
      throw new DomainError('FORBIDDEN', `This needs the ${roles.join(' or ')} role${wholeTree ? ' at the top of the unit tree (a setting shared by every unit)' : ''}`);
    }
    return true;
  }
}
