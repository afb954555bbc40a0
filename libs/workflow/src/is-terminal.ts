// Terminal statuses take no more work, not even a note. One thing still happens in one of them: a merged request's
// requester answers (评价) for themselves once the request it follows is done (a guarded feedback that stays merged).

import type { MachineDefinition, MachineState } from './machine-definition';

export function isTerminal<TStatus extends string, TAction extends string, TState extends MachineState<TStatus>, TPayloads extends Record<TAction, unknown>>(
  machine: MachineDefinition<TStatus, TAction, TState, TPayloads>,
  status: TStatus,
): boolean {
  return machine.terminal.includes(status);
}
