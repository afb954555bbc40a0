// The shape of a transition table. Requests and projects are both described this way
// and run through the same engine (applyTransition / availableActions).

import type { Actor } from './actor';
import type { InputSchema } from './input-schema';
import type { Label } from './label';

export interface MachineState<TStatus extends string> {
  readonly status: TStatus;
}

/** What a decided transition produces: the next state, and whether it must go up for 督办. */
export interface Decision<TState> {
  readonly state: TState;
  readonly escalate?: boolean;
}

export type ActionEffect<TStatus extends string, TState extends MachineState<TStatus>, TPayload> =
  /** always the same target status */
  | { readonly kind: 'goto'; readonly to: TStatus }
  /** a timeline entry only (note, supervise, edit) */
  | { readonly kind: 'stay' }
  /** target depends on the state and the input; outcomes lists every status decide may return */
  | {
      readonly kind: 'decide';
      readonly outcomes: readonly TStatus[];
      readonly decide: (state: TState, payload: TPayload) => Decision<TState>;
    };

export interface ActionRule<TStatus extends string, TState extends MachineState<TStatus>, TPayload> {
  readonly from: readonly TStatus[];
  /** who may act, in words, for refusals and docs */
  readonly who: string;
  readonly allows: (actor: Actor, state: TState) => boolean;
  /**
   * A rule over the state beyond its status (every milestone done or waived; the followed request done): the reason the
   * action cannot happen yet, or null. Refused as INVALID_TRANSITION with that message, and hidden from the buttons.
   */
  readonly guard?: (state: TState) => string | null;
  readonly input: InputSchema<TPayload>;
  readonly effect: ActionEffect<TStatus, TState, TPayload>;
}

export interface MachineDefinition<TStatus extends string, TAction extends string, TState extends MachineState<TStatus>, TPayloads extends Record<TAction, unknown>> {
  readonly name: string;
  readonly statuses: readonly TStatus[];
  readonly terminal: readonly TStatus[];
  readonly statusLabels: Readonly<Record<TStatus, Label>>;
  readonly actionLabels: Readonly<Record<TAction, Label>>;
  readonly actions: { readonly [A in TAction]: ActionRule<TStatus, TState, TPayloads[A]> };
}

export type TransitionErrorCode = 'INVALID_TRANSITION' | 'FORBIDDEN' | 'MISSING_INPUT';

export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly message: string;
  /** the offending input field, for MISSING_INPUT */
  readonly field?: string;
}

/** One timeline entry; discriminated on action so payload narrows with it. */
export type TransitionEvent<TStatus extends string, TAction extends string, TPayloads extends Record<TAction, unknown>> = {
  readonly [A in TAction]: {
    readonly action: A;
    readonly from: TStatus;
    readonly to: TStatus;
    readonly actorId: string | null;
    readonly payload: TPayloads[A];
    /** present on a close that must go to the leader for 督办 */
    readonly escalate?: true;
  };
}[TAction];

export type TransitionResult<TStatus extends string, TAction extends string, TState extends MachineState<TStatus>, TPayloads extends Record<TAction, unknown>> =
  { readonly ok: true; readonly state: TState; readonly event: TransitionEvent<TStatus, TAction, TPayloads> } | { readonly ok: false; readonly error: TransitionError };
