import { ratioChange } from './figure-format';

describe('ratioChange: a rate against the period before', () => {
  it('is in percentage points, signed, one decimal', () => {
    expect(ratioChange('satisfactionRate', 0.9, 0.85, 'zh-CN')).toEqual({ points: '+5.0', direction: 'up', better: true });
    expect(ratioChange('responseRate', 0.7, 0.75, 'en')).toEqual({ points: '-5.0', direction: 'down', better: false });
    expect(ratioChange('responseRate', 0.75, 0.75, 'en')).toEqual({ points: '0.0', direction: 'same', better: null });
  });

  it('counts a fall in 超期率 and 重办率 as good news', () => {
    expect(ratioChange('overdueRate', 0.1, 0.2, 'zh-CN')).toMatchObject({ direction: 'down', better: true });
    expect(ratioChange('reopenRate', 0.3, 0.2, 'zh-CN')).toMatchObject({ direction: 'up', better: false });
  });

  it('has nothing to say when either period has no value (no denominator)', () => {
    expect(ratioChange('resolutionRate', null, 0.5, 'zh-CN')).toBeNull();
    expect(ratioChange('resolutionRate', 0.5, null, 'zh-CN')).toBeNull();
  });
});
