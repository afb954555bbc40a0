import { attachmentIdsOf } from './attachment-ids-of';

describe('attachmentIdsOf', () => {
  it('reads the ids of a note with photos', () => {
    expect(attachmentIdsOf({ note: 'x', attachmentIds: ['a', 'b'] })).toEqual(['a', 'b']);
  });

  it('ignores anything that is not a list of ids', () => {
    expect(attachmentIdsOf({ attachmentIds: 'a' })).toEqual([]);
    expect(attachmentIdsOf({ attachmentIds: ['a', 3] })).toEqual(['a']);
    expect(attachmentIdsOf(undefined)).toEqual([]);
  });
});
