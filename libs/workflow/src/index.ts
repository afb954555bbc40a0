// Public API of @banshishi/workflow: the transition tables, the engine, the working-day
// calendar and the 评估问效 figures. Pure TypeScript, no framework.

export { ROLES, hasRole, type Actor, type Role } from './actor';
export type { Label } from './label';

export type {
  ActionEffect,
  ActionRule,
  Decision,
  MachineDefinition,
  MachineState,
  TransitionError,
  TransitionErrorCode,
  TransitionEvent,
  TransitionResult,
} from './machine-definition';
export { applyTransition } from './apply-transition';
export { availableActions } from './available-actions';
export { isTerminal } from './is-terminal';
export { defineAction } from './define-action';
export { fields, type FieldCheck, type FieldKind, type InputField } from './input-fields';
export { inputSchema, type FieldDescription, type InferInput, type InputResult, type InputSchema } from './input-schema';

export {
  REQUEST_AWAITING_ANSWER_STATUSES,
  REQUEST_AWAITING_RESPONSE_STATUSES,
  REQUEST_BACKLOG_STATUSES,
  REQUEST_DONE_STATUSES,
  REQUEST_IN_HAND_STATUSES,
  REQUEST_LINKABLE_STATUSES,
  REQUEST_OPEN_STATUSES,
  REQUEST_STATUSES,
  inStatusGroup,
  REQUEST_STATUS_LABELS,
  REQUEST_TERMINAL_STATUSES,
  type RequestState,
  type RequestStatus,
} from './request/request-status';
export {
  ESCALATION_LEVELS,
  EXTENSION_DECISIONS,
  REQUEST_ACTIONS,
  REQUEST_ACTION_LABELS,
  type EscalationLevel,
  type ExtensionDecision,
  type RequestAction,
} from './request/request-actions';
export {
  ANSWER_RESOLVED,
  ANSWER_RESOLVED_LABELS,
  ANSWER_SATISFACTION,
  ANSWER_SATISFACTION_LABELS,
  RETURN_VISIT_CHANNELS,
  RETURN_VISIT_CHANNEL_LABELS,
  isNegativeAnswer,
  type AnswerResolved,
  type AnswerSatisfaction,
  type ReturnVisitChannel,
} from './request/request-answer';
export { MAX_REOPENS, requestWorkflow, type RequestPayloads } from './request/request-transitions';
export { IN_PERSON_CHANNELS, REQUEST_CHANNELS, REQUEST_CHANNEL_LABELS, isInPersonChannel, type InPersonChannel, type RequestChannel } from './request/request-channel';

export {
  PROJECT_DONE_STATUSES,
  PROJECT_IMPLEMENTING_STATUSES,
  PROJECT_LINKABLE_STATUSES,
  PROJECT_OPEN_STATUSES,
  PROJECT_PUBLIC_STATUSES,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS,
  PROJECT_TERMINAL_STATUSES,
  type ProjectState,
  type ProjectStatus,
} from './project/project-status';
export { PROJECT_ACTIONS, PROJECT_ACTION_LABELS, type ProjectAction } from './project/project-actions';
export { projectWorkflow, type ProjectPayloads } from './project/project-transitions';

export { WorkingDayCalendar, type ClockPoints, type WorkingDayCalendarConfig } from './calendar/working-day-calendar';
export { festivalDays, toCalendarConfig, type Festival, type HolidaySchedule } from './calendar/holiday-schedule';
export { CN_HOLIDAY_SCHEDULES, CN_WORKING_DAY_CONFIG } from './calendar/cn-holidays';
export { ANSWER_WINDOW_DAYS, CLOCK_EVENT_KINDS, clockPoints, reachedClockPoints, type ClockEventKind, type ClockPoint, type ClockSubject } from './clocks/clock-points';
export { CHINA_OFFSET_MS, DAY_MS, HOUR_MS, chinaDayNumber, formatIsoDay, parseIsoDay } from './calendar/china-day';

export {
  DEFAULT_FIGURE_SETTINGS,
  validateFigureSettings,
  type CompositeWeights,
  type FigureSettings,
  type SettingsProblem,
  type SettingsValidation,
} from './evaluation/figure-settings';
export { EMPTY_FIGURE_COUNTS, computeFigures, type CompositeFigure, type FigureCounts, type Figures, type MedianFigure, type RatioFigure } from './evaluation/figures';
export { HOUR_BAND_COUNT, HOUR_BAND_EDGES, hourBand, medianOf, sampleSizeOf, type DurationSample, type HoursHistogram } from './evaluation/duration-sample';
export { rankUnits, type RankedUnit, type Standing, type UnitFigures } from './evaluation/rank-units';
export { defaultFigurePeriod, isWholeMonths, previousFigurePeriod, type FigurePeriod } from './evaluation/figure-period';

export {
  AUDIT_ACTIONS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_TYPES,
  AUDIT_ENTITY_TYPE_LABELS,
  isAuditAction,
  isAuditEntityType,
  type AuditAction,
  type AuditEntityType,
} from './audit/audit-actions';

export { PASSWORD_LENGTH, PASSWORD_RULES, passwordProblems, type PasswordOwner, type PasswordRule } from './accounts/password-rules';
export { UNIT_KINDS, childUnitKinds, type UnitKindName } from './org/unit-kinds';

// Aliases so callers need not spell out the generics.
export type { RequestTransitionResult, RequestEvent, ProjectTransitionResult, ProjectEvent } from './workflow-types';
