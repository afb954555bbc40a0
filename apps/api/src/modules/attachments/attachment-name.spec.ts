import { contentDisposition, displayName } from './attachment-name';

describe('displayName', () => {
  it.each(['../../etc/passwd', '..\\..\\windows\\win.ini', 'photos/IMG_0001.jpg', '/etc/passwd', 'C:\\fakepath\\a.jpg', '..', '.'])('refuses the path-like %j', (raw) => {
    expect(displayName(raw, 'jpg')).toEqual({ ok: false, reason: expect.any(String) });
  });

  it('keeps an ordinary Chinese name as it is', () => {
    expect(displayName('车间温度记录 2026-07.jpg', 'jpg')).toEqual({ ok: true, name: '车间温度记录 2026-07.jpg' });
  });

  it('removes control characters and right-to-left overrides', () => {
    expect(displayName('inv\u0000oice\u202Egpj.exe\n', 'pdf')).toEqual({ ok: true, name: 'invoicegpj.exe' });
  });

  it('cuts to 100 characters, counting a Chinese character as one', () => {
    const result = displayName(`${'工'.repeat(120)}.jpg`, 'jpg');
    expect(result).toEqual({ ok: true, name: '工'.repeat(100) });
  });

  it('names a nameless upload by its real type', () => {
    expect(displayName(undefined, 'png')).toEqual({ ok: true, name: 'attachment.png' });
    expect(displayName(' \u200B ', 'pdf')).toEqual({ ok: true, name: 'attachment.pdf' });
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('工资条 (7月).pdf')).toBe(`inline; filename="___ (7_).pdf"; filename*=UTF-8''%E5%B7%A5%E8%B5%84%E6%9D%A1%20%287%E6%9C%88%29.pdf`);
  });

  it('cannot be broken out of by quotes or semicolons', () => {
    expect(contentDisposition('a";b=c.jpg')).toBe(`inline; filename="a__b=c.jpg"; filename*=UTF-8''a%22%3Bb%3Dc.jpg`);
  });
});
