import { credentialsCsv } from './credentials-csv';

describe('credentialsCsv', () => {
  it('writes a header and one line per new account, with a BOM for Excel, quoting what needs it', () => {
    const csv = credentialsCsv(
      [
        { row: 2, displayName: '张三', phone: '13800138000', username: '13800138000', temporaryPassword: 'abcd-efgh-jkmn' },
        { row: 3, displayName: '李"四",副', phone: '13800138001', username: 'li.si', temporaryPassword: 'pqrs-tuvw-xyz2' },
      ],
      ['行号', '姓名', '手机号', '用户名', '一次性密码'],
    );
    expect(csv).toBe('\uFEFF行号,姓名,手机号,用户名,一次性密码\r\n2,张三,13800138000,13800138000,abcd-efgh-jkmn\r\n3,"李""四"",副",13800138001,li.si,pqrs-tuvw-xyz2\r\n');
  });
});
