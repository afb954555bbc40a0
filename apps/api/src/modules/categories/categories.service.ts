import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { updateVersioned } from '../../common/database/update-versioned';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { CategoryEntity } from './category.entity';
import type { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';

function toCategory(entity: CategoryEntity): Category {
  const { createdAt: _c, updatedAt: _u, ...category } = entity;
  return category;
}

@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean): Promise<Category[]> {
    const rows = await this.dataSource.getRepository(CategoryEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return rows.map(toCategory);
  }

  async create(user: AuthUser, input: CreateCategoryDto): Promise<Category> {
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.existsBy(CategoryEntity, { code: input.code });
      if (exists) throw new DomainError('CONFLICT', `A category with code "${input.code}" exists`);
      const saved = await manager.save(manager.create(CategoryEntity, input));
      await this.audit.record({ actorId: user.id, action: 'category.create', entityType: 'category', entityId: saved.id, after: toCategory(saved) }, manager);
      return toCategory(saved);
    });
  }

  async update(user: AuthUser, id: string, input: UpdateCategoryDto): Promise<Category> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CategoryEntity, { id });
      if (!before) throw new DomainError('NOT_FOUND', 'No such category');
      const { version, ...changes } = input;
      await updateVersioned(manager, CategoryEntity, id, version, changes, 'this category');
      const after = await manager.findOneByOrFail(CategoryEntity, { id });
      await this.audit.record({ actorId: user.id, action: 'category.update', entityType: 'category', entityId: id, before: toCategory(before), after: toCategory(after) }, manager);
      return toCategory(after);
    });
  }
}
