import { Module } from '@nestjs/common';
import { AnswersModule } from './answers/answers.module';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { EvaluationController } from './evaluation.controller';
import { EvaluationRepository } from './evaluation.repository';
import { EvaluationSettingsService } from './evaluation-settings.service';
import { HotspotTermsService } from './hotspot-terms.service';
import { ProjectEvaluationController } from './project-evaluation.controller';
import { ProjectEvaluationRepository } from './project-evaluation.repository';
import { ProjectEvaluationService } from './project-evaluation.service';
import { RequestExclusionService } from './request-exclusion.service';
import { TrackingThrottleService } from '../intake/tracking-throttle.service';
import { TrackFeedbackService } from './track-feedback.service';

/** 评估问效: requesters' answers, 不合理诉求 exclusions, the figures' settings and the dashboard. */
@Module({
  imports: [AnswersModule],
  controllers: [DashboardController, EvaluationController, ProjectEvaluationController],
  providers: [
    DashboardExportService,
    DashboardRepository,
    DashboardService,
    EvaluationRepository,
    EvaluationSettingsService,
    HotspotTermsService,
    RequestExclusionService,
    TrackFeedbackService,
    // stateless (the counts are in PostgreSQL), so providing it here too shares the limits with the tracking page
    TrackingThrottleService,
    ProjectEvaluationRepository,
    ProjectEvaluationService,
  ],
})
export class EvaluationModule {}
