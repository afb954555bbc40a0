import { DomainError } from '../errors/domain-error';
import { ActionBodyPipe } from './action-body.pipe';

describe('ActionBodyPipe', () => {
  const pipe = new ActionBodyPipe('request');

  it('takes the version off and keeps the rest as the action input', () => {
    expect(pipe.transform({ version: 3, note: '已联系', public: true })).toEqual({ version: 3, fields: { note: '已联系', public: true } });
  });

  it.each([null, [], 'text', 7])('refuses a body that is no object (%j), naming version', (body) => {
    expect(() => pipe.transform(body)).toThrow(DomainError);
    try {
      pipe.transform(body);
    } catch (error) {
      expect((error as DomainError).details.errors?.[0].field).toBe('version');
    }
  });

  // 2^31 and beyond: past the int4 column, PostgreSQL would refuse to compare it
  const odd = [{}, { version: 0 }, { version: 1.5 }, { version: '2' }, { version: 2 ** 31 }, { version: 2 ** 53 }, { version: 1e300 }];

  it.each(odd)('refuses a missing or odd version %j with a message naming the record', (body) => {
    expect(() => pipe.transform(body)).toThrow('version must be the version of the request you are looking at');
  });
});
