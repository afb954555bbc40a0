// Fixes a machine's status and state types once, so each table row infers its payload
// type from its input schema instead of repeating it by hand.

import type { ActionRule, MachineState } from './machine-definition';

export function defineAction<TStatus extends string, TState extends MachineState<TStatus>>() {
  return <TPayload>(rule: ActionRule<TStatus, TState, TPayload>): ActionRule<TStatus, TState, TPayload> => rule;
}
