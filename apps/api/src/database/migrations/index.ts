// Every migration, in order. Listed explicitly so the compiled app, the CLI and the tests run the same set.
import { Foundation1764300000000 } from './1764300000000-foundation';
import { Spine1764300100000 } from './1764300100000-spine';
import { Intake1764300200000 } from './1764300200000-intake';
import { Attachments1764300300000 } from './1764300300000-attachments';
import { Duplicates1764300400000 } from './1764300400000-duplicates';
import { Triage1764300500000 } from './1764300500000-triage';
import { Projects1764300600000 } from './1764300600000-projects';
import { Urgency1764300700000 } from './1764300700000-urgency';
import { Extensions1764300800000 } from './1764300800000-extensions';
import { Notifications1764300900000 } from './1764300900000-notifications';
import { Milestones1764301100000 } from './1764301100000-milestones';
import { Evaluation1764301200000 } from './1764301200000-evaluation';
import { ProjectOutcome1764301300000 } from './1764301300000-project-outcome';
import { FigureRollups1764301400000 } from './1764301400000-figure-rollups';
import { ProjectLinkHistory1764301500000 } from './1764301500000-project-link-history';
import { RateLimits1764301600000 } from './1764301600000-rate-limits';
import { UploadContent1764301700000 } from './1764301700000-upload-content';
import { MilestoneWaivers1764301800000 } from './1764301800000-milestone-waivers';
import { HotspotTerms1764301900000 } from './1764301900000-hotspot-terms';
import { AuditLogFilters1764301910000 } from './1764301910000-audit-log-filters';
import { InPersonIntake1764302000000 } from './1764302000000-in-person-intake';
import { Accounts1764302100000 } from './1764302100000-accounts';
import { FigureRollupsAtCommit1764302200000 } from './1764302200000-figure-rollups-at-commit';
import { OpenRequestSearch1764302300000 } from './1764302300000-open-request-search';
import { HotspotTermCounts1764302310000 } from './1764302310000-hotspot-term-counts';
import { AttachmentThumbnails1764302400000 } from './1764302400000-attachment-thumbnails';
import { MonthlyPartitions1764302500000 } from './1764302500000-monthly-partitions';
import { FederationRegions1764302700000 } from './1764302700000-federation-regions';
import { IdentityChangeNotify1764302800000 } from './1764302800000-identity-change-notify';
import { FigureRollupsRebuildOncePerRow1764302850000 } from './1764302850000-figure-rollups-rebuild-once-per-row';

export const MIGRATIONS = [
  Foundation1764300000000,
  Spine1764300100000,
  Intake1764300200000,
  Attachments1764300300000,
  Duplicates1764300400000,
  Triage1764300500000,
  Projects1764300600000,
  Urgency1764300700000,
  Extensions1764300800000,
  Notifications1764300900000,
  Milestones1764301100000,
  Evaluation1764301200000,
  ProjectOutcome1764301300000,
  FigureRollups1764301400000,
  ProjectLinkHistory1764301500000,
  RateLimits1764301600000,
  UploadContent1764301700000,
  MilestoneWaivers1764301800000,
  HotspotTerms1764301900000,
  AuditLogFilters1764301910000,
  InPersonIntake1764302000000,
  Accounts1764302100000,
  FigureRollupsAtCommit1764302200000,
  OpenRequestSearch1764302300000,
  HotspotTermCounts1764302310000,
  AttachmentThumbnails1764302400000,
  MonthlyPartitions1764302500000,
  FederationRegions1764302700000,
  IdentityChangeNotify1764302800000,
  FigureRollupsRebuildOncePerRow1764302850000,
];
