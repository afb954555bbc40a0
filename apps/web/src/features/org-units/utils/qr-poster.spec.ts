import { nameFontSize, posterFileName, posterSvg } from './qr-poster';

describe('qr poster', () => {
  it('composes the unit name, the call to action and the QR into one SVG, escaping the text', async () => {
    const svg = await posterSvg('https://example.org/s/abc', { unitName: '甲厂 <工会> & 分会', callToAction: '扫码反映诉求 · 可匿名', footer: '办实事' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('甲厂 &lt;工会&gt; &amp; 分会');
    expect(svg).toContain('扫码反映诉求 · 可匿名');
    expect(svg).toContain('https://example.org/s/abc');
    // qrcode's own svg is nested with our position and size, and has a path
    expect(svg).toMatch(/<svg x="\d+" y="\d+" width="440" height="440" [^>]*viewBox=/);
    expect(svg).toContain('<path');
    expect(svg.match(/<svg/g)).toHaveLength(2);
  });

  it('shrinks a long name and makes a safe file name', () => {
    expect(nameFontSize('短名')).toBe(44);
    expect(nameFontSize('某某区某某街道某某某某有限公司联合工会委员会')).toBeLessThan(44);
    expect(posterFileName('A/B 工会', 'svg')).toBe('A_B_工会-qr.svg');
  });
});
