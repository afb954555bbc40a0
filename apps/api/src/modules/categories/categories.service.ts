import { Injectable } from '@nestjs/common';
import type { Category } from '@banshishi/contracts';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { CategoriesRepository } from './categories.repository';
import type { CategoryEntity } from './category.entity';
import type { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';

function toCategory(entity: CategoryEntity): Category {
  const { createdAt: _c, updatedAt: _u, ...category } = entity;
  return category;
}

@Injectable()
export class CategoriesService {
  constructor(
    private readonly repository: CategoriesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean): Promise<Category[]> {
    const rows = await this.repository.list(includeInactive);
    return rows.map(toCategory);
  }

  async create(user: AuthUser, input: CreateCategoryDto): Promise<Category> {
    return this.repository.transaction(async (manager) => {
      const exists = await this.repository.codeExists(input.code, manager);
      if (exists) throw new DomainError('CONFLICT', `A category with code "${input.code}" exists`);
      const saved = await this.repository.insert(input, manager);
      await this.audit.record({ actorId: user.id, action: 'category.create', entityType: 'category', entityId: saved.id, after: toCategory(saved) }, manager);
      return toCategory(saved);
    });
  }

  async update(user: AuthUser, id: string, input: UpdateCategoryDto): Promise<Category> {
    return this.repository.transaction(async (manager) => {
      const before = await this.repository.byId(id, manager);
      if (!before) throw new DomainError('NOT_FOUND', 'No such category');
      const { version, ...changes } = input;
      const after = await this.repository.update(id, version, changes, manager);
      await this.audit.record({ actorId: user.id, action: 'category.update', entityType: 'category', entityId: id, before: toCategory(before), after: toCategory(after) }, manager);
      return toCategory(after);
    });
  }
}
