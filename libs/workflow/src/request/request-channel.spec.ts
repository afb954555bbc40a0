import { IN_PERSON_CHANNELS, REQUEST_CHANNELS, REQUEST_CHANNEL_LABELS, isInPersonChannel } from './request-channel';

describe('request channels', () => {
  it('are online plus the five a cadre records in person, each with a label in both languages', () => {
    expect([...REQUEST_CHANNELS].sort()).toEqual(['online', ...IN_PERSON_CHANNELS].sort());
    for (const channel of REQUEST_CHANNELS) {
      expect(REQUEST_CHANNEL_LABELS[channel].zh).not.toBe('');
      expect(REQUEST_CHANNEL_LABELS[channel].en).not.toBe('');
    }
    expect(REQUEST_CHANNEL_LABELS.phone.zh).toBe('来电');
  });

  it('knows which are in person', () => {
    expect(isInPersonChannel('forum')).toBe(true);
    expect(isInPersonChannel('online')).toBe(false);
    expect(isInPersonChannel('fax')).toBe(false);
  });
});
