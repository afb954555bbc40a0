import { ATTACHMENT_MAX_BYTES, attachmentProblem } from './attachment-rules';

describe('attachmentProblem', () => {
  it('accepts photos and PDFs up to 10 MiB', () => {
    expect(attachmentProblem({ size: 1000, type: 'image/jpeg', name: 'a.jpg' })).toBeNull();
    expect(attachmentProblem({ size: ATTACHMENT_MAX_BYTES, type: 'application/pdf', name: 'a.pdf' })).toBeNull();
    expect(attachmentProblem({ size: 1000, type: '', name: 'IMG_0001.JPG' })).toBeNull();
  });

  it('names what is wrong: too big, or not a photo or PDF', () => {
    expect(attachmentProblem({ size: ATTACHMENT_MAX_BYTES + 1, type: 'image/png', name: 'a.png' })).toBe('tooBig');
    expect(attachmentProblem({ size: 10, type: 'image/gif', name: 'a.gif' })).toBe('wrongType');
    expect(attachmentProblem({ size: 10, type: '', name: 'report.docx' })).toBe('wrongType');
  });
});
