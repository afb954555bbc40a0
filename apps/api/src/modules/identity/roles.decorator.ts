import { SetMetadata } from '@nestjs/common';
import type { Role } from '@banshishi/workflow';

export const REQUIRED_ROLES = 'banshishi:roles';

/** The caller must hold at least one of these roles somewhere; which units it may touch is the scope's business. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
