import { SetMetadata } from '@nestjs/common';
import type { Role } from '@banshishi/workflow';

export const REQUIRED_ROLES = 'banshishi:roles';

/** The caller must hold at least one of these roles somewhere; which units it may touch is the scope's business. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const WHOLE_TREE = 'banshishi:whole-tree';

/** The route changes what the whole unit tree shares: its roles must be held at the root (auth-user.ts). */
export const WholeTree = () => SetMetadata(WHOLE_TREE, true);
