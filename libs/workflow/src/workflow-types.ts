// Ready-made result and event types for the two machines, for the api's services and entities.

import type { TransitionEvent, TransitionResult } from './machine-definition';
import type { ProjectAction } from './project/project-actions';
import type { ProjectState, ProjectStatus } from './project/project-status';
import type { ProjectPayloads } from './project/project-transitions';
import type { RequestAction } from './request/request-actions';
import type { RequestState, RequestStatus } from './request/request-status';
import type { RequestPayloads } from './request/request-transitions';

export type RequestTransitionResult = TransitionResult<RequestStatus, RequestAction, RequestState, RequestPayloads>;
export type RequestEvent = TransitionEvent<RequestStatus, RequestAction, RequestPayloads>;
export type ProjectTransitionResult = TransitionResult<ProjectStatus, ProjectAction, ProjectState, ProjectPayloads>;
export type ProjectEvent = TransitionEvent<ProjectStatus, ProjectAction, ProjectPayloads>;
