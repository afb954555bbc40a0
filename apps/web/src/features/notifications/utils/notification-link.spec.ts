import { notificationLink } from './notification-link';

describe('notificationLink', () => {
  it('sends the requester to their own request page', () => {
    expect(notificationLink({ kind: 'progress', requestId: 'r1', projectId: null })).toBe('/requests/r1');
    expect(notificationLink({ kind: 'answer_requested', requestId: 'r1', projectId: 'p1' })).toBe('/requests/r1');
  });

  it('sends staff to the handling page or the project', () => {
    expect(notificationLink({ kind: 'assigned', requestId: 'r2', projectId: null })).toBe('/inbox/r2');
    expect(notificationLink({ kind: 'overdue', requestId: null, projectId: 'p1' })).toBe('/projects/p1');
  });

  it('has nowhere to go without a request or project', () => {
    expect(notificationLink({ kind: 'warning', requestId: null, projectId: null })).toBeNull();
  });
});
