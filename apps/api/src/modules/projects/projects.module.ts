import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module';
import { MilestonesController } from './milestones/milestones.controller';
import { MilestonesRepository } from './milestones/milestones.repository';
import { ProjectTransitionsService } from './project-transitions.service';
import { ProjectViewsService } from './project-views.service';
import { ProjectEntity } from './project.entity';
import { ProjectsController } from './projects.controller';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';
import { PublicProjectsController } from './public-projects.controller';

/**
 * 实事项目: proposal from requests, approval, 公示, implementation and evaluation, every status change through
 * libs/workflow, with milestones and their evidence. Exports the repository (request-side linking), the views (the
 * project a request follows) and the milestones' SQL (the handler workspace).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity]), AttachmentsModule],
  controllers: [ProjectsController, MilestonesController, PublicProjectsController],
  providers: [ProjectsRepository, ProjectsService, ProjectTransitionsService, ProjectViewsService, MilestonesRepository],
  exports: [ProjectsRepository, ProjectViewsService, MilestonesRepository],
})
export class ProjectsModule {}
