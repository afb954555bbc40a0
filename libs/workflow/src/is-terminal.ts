// Terminal statuses accept no action at all, not even a note.

import type { MachineDefinition, MachineState } from './machine-definition';

export function isTerminal<TStatus extends string, TAction extends string, TState extends MachineState<TStatus>, TPayloads extends Record<TAction, unknown>>(
  machine: MachineDefinition<TStatus, TAction, TState, TPayloads>,
  status: TStatus,
): boolean {
  return machine.terminal.includes(status);
}
