import { hasRole, type Actor } from './actor';
import { applyTransition } from './apply-transition';
import { defineAction } from './define-action';
import { fields } from './input-fields';
import { inputSchema } from './input-schema';
import type { MachineDefinition } from './machine-definition';

// A toy machine, so the engine's contract is pinned down apart from the real tables.
type LampStatus = 'off' | 'on' | 'broken';
interface LampState {
  readonly status: LampStatus;
  readonly flips: number;
  readonly owner: string;
}
const rule = defineAction<LampStatus, LampState>();
const isCadre = (actor: Actor): boolean => hasRole(actor, 'cadre');

const lampActions = {
  switch_on: rule({ from: ['off'], who: 'cadre', allows: isCadre, input: inputSchema({}), effect: { kind: 'goto', to: 'on' } }),
  flip: rule({
    from: ['off', 'on'],
    who: 'cadre, or anyone while the lamp is off',
    allows: (actor, state) => isCadre(actor) || state.status === 'off',
    input: inputSchema({ force: fields.numberBetween(0, 10) }),
    effect: {
      kind: 'decide',
      outcomes: ['on', 'off', 'broken'],
      decide: (state, payload) =>
        payload.force > 5
          ? { state: { ...state, status: 'broken' }, escalate: true }
          : { state: { ...state, status: state.status === 'on' ? 'off' : 'on', flips: state.flips + 1 } },
    },
  }),
  label: rule({ from: ['off', 'on'], who: 'cadre', allows: isCadre, input: inputSchema({ text: fields.text() }), effect: { kind: 'stay' } }),
};

const lamp: MachineDefinition<
  LampStatus,
  keyof typeof lampActions,
  LampState,
  { switch_on: Record<string, never>; flip: { readonly force: number }; label: { readonly text: string } }
> = {
  name: 'lamp',
  statuses: ['off', 'on', 'broken'],
  terminal: ['broken'],
  statusLabels: { off: { zh: '关', en: 'Off' }, on: { zh: '开', en: 'On' }, broken: { zh: '坏', en: 'Broken' } },
  actionLabels: { switch_on: { zh: '开灯', en: 'Switch on' }, flip: { zh: '拨动', en: 'Flip' }, label: { zh: '贴标签', en: 'Label' } },
  actions: lampActions,
};

const cadre: Actor = { id: 'c-1', roles: ['cadre'] };
const worker: Actor = { id: 'w-1', roles: ['worker'] };
const off: LampState = { status: 'off', flips: 0, owner: 'unit-1' };

describe('applyTransition', () => {
  it('moves a goto action and keeps the rest of the state', () => {
    expect(applyTransition(lamp, off, 'switch_on', cadre)).toEqual({
      ok: true,
      state: { status: 'on', flips: 0, owner: 'unit-1' },
      event: { action: 'switch_on', from: 'off', to: 'on', actorId: 'c-1', payload: {} },
    });
  });

  it('lets a decide action compute the next state from state and input', () => {
    const result = applyTransition(lamp, { ...off, status: 'on' }, 'flip', cadre, { force: 2 });
    expect(result.ok && result.state).toEqual({ status: 'off', flips: 1, owner: 'unit-1' });
  });

  it('carries escalate into the event only when the decision asks for it', () => {
    const broken = applyTransition(lamp, off, 'flip', cadre, { force: 9 });
    expect(broken.ok && broken.event).toEqual({ action: 'flip', from: 'off', to: 'broken', actorId: 'c-1', payload: { force: 9 }, escalate: true });
    const flipped = applyTransition(lamp, off, 'flip', cadre, { force: 1 });
    expect(flipped.ok && Object.keys(flipped.event)).not.toContain('escalate');
  });

  it('records a stay action without changing the state, as a fresh object', () => {
    const result = applyTransition(lamp, off, 'label', cadre, { text: '会议室' });
    expect(result.ok && result.state).toEqual(off);
    expect(result.ok && result.state).not.toBe(off);
    expect(result.ok && result.event.to).toBe('off');
  });

  it('never mutates the state it is given', () => {
    const frozen = Object.freeze({ ...off });
    expect(() => applyTransition(lamp, frozen, 'flip', cadre, { force: 3 })).not.toThrow();
    expect(frozen).toEqual(off);
  });

  it('passes the state to the permission check', () => {
    expect(applyTransition(lamp, off, 'flip', worker, { force: 1 }).ok).toBe(true);
    const refused = applyTransition(lamp, { ...off, status: 'on' }, 'flip', worker, { force: 1 });
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'flip may only be done by: cadre, or anyone while the lamp is off' } });
  });

  it('explains an invalid transition with the action and the status', () => {
    expect(applyTransition(lamp, { ...off, status: 'broken' }, 'switch_on', cadre)).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'switch_on is not allowed when the lamp is broken' },
    });
    expect(applyTransition(lamp, off, 'hasOwnProperty', cadre)).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'lamp has no action "hasOwnProperty"' },
    });
  });

  it('refuses a state whose status the machine does not know', () => {
    const result = applyTransition(lamp, { ...off, status: 'melted' as LampStatus }, 'flip', cadre, { force: 1 });
    expect(!result.ok && result.error.code).toBe('INVALID_TRANSITION');
  });

  it('reports the failing field of the input', () => {
    expect(applyTransition(lamp, off, 'flip', cadre, { force: 11 })).toEqual({
      ok: false,
      error: { code: 'MISSING_INPUT', field: 'force', message: 'force must be a number from 0 to 10' },
    });
  });
});
