// The single entry point for every status change. Domain refusals come back as values
// (never thrown) so the api maps them once: INVALID_TRANSITION 422, FORBIDDEN 403, MISSING_INPUT 400.

import type { Actor } from './actor';
import type { Decision, MachineDefinition, MachineState, TransitionEvent, TransitionResult } from './machine-definition';

export function applyTransition<TStatus extends string, TAction extends string, TState extends MachineState<TStatus>, TPayloads extends Record<TAction, unknown>>(
  machine: MachineDefinition<TStatus, TAction, TState, TPayloads>,
  state: TState,
  action: string,
  actor: Actor,
  input?: unknown,
): TransitionResult<TStatus, TAction, TState, TPayloads> {
  // hasOwn keeps 'constructor' or '__proto__' from resolving to something on the prototype.
  if (!Object.hasOwn(machine.actions, action)) {
    return refuse('INVALID_TRANSITION', `${machine.name} has no action "${action}"`);
  }
  const name = action as TAction;
  const rule = machine.actions[name];

  // Order matters: a wrong status says "not now" before "not you", "not you" before "not yet", and that before "fill this in".
  if (!rule.from.includes(state.status)) {
    return refuse('INVALID_TRANSITION', `${action} is not allowed when the ${machine.name} is ${state.status}`);
  }
  if (!rule.allows(actor, state)) {
    return refuse('FORBIDDEN', `${action} may only be done by: ${rule.who}`);
  }
  // "Not yet" (a milestone still open…) comes after "not you", so it tells nothing to someone who may not act at all.
  const notYet = rule.guard?.(state) ?? null;
  if (notYet !== null) return refuse('INVALID_TRANSITION', notYet);
  const parsed = rule.input.parse(input);
  if (!parsed.ok) {
    return { ok: false, error: { code: 'MISSING_INPUT', message: parsed.message, field: parsed.field } };
  }

  const effect = rule.effect;
  const decision: Decision<TState> =
    effect.kind === 'goto' ? { state: { ...state, status: effect.to } } : effect.kind === 'stay' ? { state: { ...state } } : effect.decide(state, parsed.value);

  // TS cannot tie the runtime action name to its payload type inside a generic body.
  const event = {
    action: name,
    from: state.status,
    to: decision.state.status,
    actorId: actor.id,
    payload: parsed.value,
    ...(decision.escalate ? { escalate: true } : {}),
  } as TransitionEvent<TStatus, TAction, TPayloads>;

  return { ok: true, state: decision.state, event };
}

function refuse(code: 'INVALID_TRANSITION' | 'FORBIDDEN', message: string) {
  return { ok: false, error: { code, message } } as const;
}
