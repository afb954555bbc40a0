import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectEventEntity } from './project-event.entity';
import { ProjectViewsService } from './project-views.service';
import { ProjectEntity } from './project.entity';
import { ProjectsController } from './projects.controller';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';
import { PublicProjectsController } from './public-projects.controller';

/**
 * 实事项目: proposal from requests, approval, 公示, implementation and evaluation, every status change through
 * libs/workflow. Exports the repository (request-side linking) and the views (the project a request follows).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity, ProjectEventEntity])],
  controllers: [ProjectsController, PublicProjectsController],
  providers: [ProjectsRepository, ProjectsService, ProjectViewsService],
  exports: [ProjectsRepository, ProjectViewsService],
})
export class ProjectsModule {}
