import type { Actor } from './actor';
import { availableActions } from './available-actions';
import { defineAction } from './define-action';
import { fields } from './input-fields';
import { inputSchema } from './input-schema';
import type { MachineDefinition } from './machine-definition';

type DoorStatus = 'open' | 'shut' | 'locked';
interface DoorState {
  readonly status: DoorStatus;
  readonly keyHolder: string;
}
const rule = defineAction<DoorStatus, DoorState>();

const door: MachineDefinition<DoorStatus, 'shut' | 'lock' | 'open', DoorState, { shut: Record<string, never>; lock: { readonly code: string }; open: Record<string, never> }> = {
  name: 'door',
  statuses: ['open', 'shut', 'locked'],
  terminal: [],
  statusLabels: { open: { zh: '开', en: 'Open' }, shut: { zh: '关', en: 'Shut' }, locked: { zh: '锁', en: 'Locked' } },
  actionLabels: { shut: { zh: '关门', en: 'Shut' }, lock: { zh: '锁门', en: 'Lock' }, open: { zh: '开门', en: 'Open' } },
  actions: {
    shut: rule({ from: ['open'], who: 'anyone', allows: () => true, input: inputSchema({}), effect: { kind: 'goto', to: 'shut' } }),
    // Needs input the button cannot know yet: still offered, the form asks for it.
    lock: rule({
      from: ['shut'],
      who: 'the key holder',
      allows: (actor, state) => actor.id === state.keyHolder,
      input: inputSchema({ code: fields.text() }),
      effect: { kind: 'goto', to: 'locked' },
    }),
    open: rule({
      from: ['shut', 'locked'],
      who: 'anyone while shut, the key holder when locked',
      allows: (actor, state) => state.status === 'shut' || actor.id === state.keyHolder,
      input: inputSchema({}),
      effect: { kind: 'goto', to: 'open' },
    }),
  },
};

const holder: Actor = { id: 'k', roles: ['worker'] };
const visitor: Actor = { id: 'v', roles: ['worker'] };

describe('availableActions', () => {
  it.each([
    ['open', holder, ['shut']],
    ['shut', holder, ['lock', 'open']],
    ['shut', visitor, ['open']],
    ['locked', holder, ['open']],
    ['locked', visitor, []],
  ] as [DoorStatus, Actor, string[]][])('in %s for %o: %j (table order, state-aware, input not required)', (status, actor, expected) => {
    expect(availableActions(door, { status, keyHolder: 'k' }, actor)).toEqual(expected);
  });
});
