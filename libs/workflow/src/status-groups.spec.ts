// The named status groups, written out by hand from DOMAIN.md and tied to the transition tables they summarise.
import { PROJECT_DONE_STATUSES, PROJECT_IMPLEMENTING_STATUSES, PROJECT_LINKABLE_STATUSES, PROJECT_PUBLIC_STATUSES, PROJECT_STATUSES } from './project/project-status';
import { projectWorkflow } from './project/project-transitions';
import {
  REQUEST_AWAITING_ANSWER_STATUSES,
  REQUEST_AWAITING_RESPONSE_STATUSES,
  REQUEST_BACKLOG_STATUSES,
  REQUEST_DONE_STATUSES,
  REQUEST_IN_HAND_STATUSES,
  REQUEST_LINKABLE_STATUSES,
  REQUEST_OPEN_STATUSES,
  inStatusGroup,
} from './request/request-status';
import { requestWorkflow } from './request/request-transitions';

const sorted = (list: readonly string[]) => [...list].sort();

describe('request status groups', () => {
  it('backlog is every open status but the one waiting for the requester', () => {
    expect(sorted(REQUEST_BACKLOG_STATUSES)).toEqual(['accepted', 'in_progress', 'in_project', 'submitted']);
    expect(sorted(REQUEST_BACKLOG_STATUSES)).toEqual(sorted(REQUEST_OPEN_STATUSES.filter((status) => status !== 'resolved')));
  });

  it('the response clock runs where a cadre can respond (accept or reject)', () => {
    expect(REQUEST_AWAITING_RESPONSE_STATUSES).toEqual(['submitted']);
    expect(sorted(requestWorkflow.actions.accept.from)).toEqual(sorted(REQUEST_AWAITING_RESPONSE_STATUSES));
    expect(sorted(requestWorkflow.actions.reject.from)).toEqual(sorted(REQUEST_AWAITING_RESPONSE_STATUSES));
  });

  it('the resolution clock runs where an extension can be asked for', () => {
    expect(sorted(REQUEST_IN_HAND_STATUSES)).toEqual(['accepted', 'in_progress']);
    expect(sorted(requestWorkflow.actions.request_extension.from)).toEqual(sorted(REQUEST_IN_HAND_STATUSES));
  });

  it('the requester answers where feedback is allowed (and, once, on a merged request whose followed request is done)', () => {
    expect(REQUEST_AWAITING_ANSWER_STATUSES).toEqual(['resolved']);
    expect(sorted(requestWorkflow.actions.feedback.from)).toEqual(sorted([...REQUEST_AWAITING_ANSWER_STATUSES, 'merged']));
    expect(sorted(REQUEST_DONE_STATUSES)).toEqual(['closed', 'resolved']);
  });

  it('a request joins a project from where link_project is allowed', () => {
    expect(sorted(REQUEST_LINKABLE_STATUSES)).toEqual(['accepted', 'in_progress']);
    expect(sorted(requestWorkflow.actions.link_project.from)).toEqual(sorted(REQUEST_LINKABLE_STATUSES));
  });

  it('inStatusGroup answers for any string', () => {
    expect(inStatusGroup(REQUEST_BACKLOG_STATUSES, 'in_project')).toBe(true);
    expect(inStatusGroup(REQUEST_BACKLOG_STATUSES, 'resolved')).toBe(false);
    expect(inStatusGroup(REQUEST_BACKLOG_STATUSES, 'no such status')).toBe(false);
  });
});

describe('project status groups', () => {
  it('public from approval on, never a refused or cancelled project', () => {
    expect(sorted(PROJECT_PUBLIC_STATUSES)).toEqual(['approved', 'completed', 'evaluated', 'implementing']);
    for (const hidden of ['draft', 'pending_approval', 'rejected', 'cancelled']) expect(inStatusGroup(PROJECT_PUBLIC_STATUSES, hidden)).toBe(false);
  });

  it('done is completed or evaluated, and always public', () => {
    expect(sorted(PROJECT_DONE_STATUSES)).toEqual(['completed', 'evaluated']);
    for (const status of PROJECT_DONE_STATUSES) expect(inStatusGroup(PROJECT_PUBLIC_STATUSES, status)).toBe(true);
  });

  it('a project takes requests exactly while it can still be cancelled', () => {
    expect(sorted(PROJECT_LINKABLE_STATUSES)).toEqual(['approved', 'draft', 'implementing', 'pending_approval']);
    expect(sorted(projectWorkflow.actions.cancel.from)).toEqual(sorted(PROJECT_LINKABLE_STATUSES));
  });

  it('milestones are completed while implementing', () => {
    expect(sorted(projectWorkflow.actions.complete_milestone.from)).toEqual(sorted(PROJECT_IMPLEMENTING_STATUSES));
    expect(PROJECT_STATUSES).toEqual(expect.arrayContaining([...PROJECT_IMPLEMENTING_STATUSES]));
  });
});
