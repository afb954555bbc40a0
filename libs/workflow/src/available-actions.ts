// What the web shows as buttons: the same status, role and guard checks applyTransition makes,
// without the input (that is what the button's form collects).

import type { Actor } from './actor';
import type { MachineDefinition, MachineState } from './machine-definition';

export function availableActions<TStatus extends string, TAction extends string, TState extends MachineState<TStatus>, TPayloads extends Record<TAction, unknown>>(
  machine: MachineDefinition<TStatus, TAction, TState, TPayloads>,
  state: TState,
  actor: Actor,
): TAction[] {
  return (Object.keys(machine.actions) as TAction[]).filter((action) => {
    const rule = machine.actions[action];
    return rule.from.includes(state.status) && rule.allows(actor, state) && (rule.guard?.(state) ?? null) === null;
  });
}
