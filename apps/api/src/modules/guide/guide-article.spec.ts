import { ARTICLE_SOURCE } from './article-source';
import { GuideParseError, parseGuideArticle } from './guide-article';

describe('the guiding article', () => {
  const article = parseGuideArticle(ARTICLE_SOURCE);
  const allText = [...article.intro, ...article.sections.flatMap((s) => s.paragraphs)].map((p) => p.text).join('\n');

  it('has its title, author, unit and date', () => {
    expect(article).toMatchObject({ title: '坚守“四心” 增强“四力”', author: '季冰冰', unit: '南通市通州区总工会', date: '2021-09-27' });
  });

  it('leaves the source page chrome out', () => {
    for (const chrome of ['新媒体', '打开微信扫一扫', '打开抖音扫一扫', '打开微博扫一扫', '首页 内容详情', '发布时间']) expect(allText).not.toContain(chrome);
  });

  it('has the four sections in order, each with its three points', () => {
    expect(article.sections.map((s) => s.id)).toEqual(['dangxin', 'chuxin', 'xinxin', 'jiangxin']);
    expect(article.sections.map((s) => s.heading)).toEqual([
      '坚守“党心”,增强工会组织“向心力”',
      '坚守“初心”,增强工人队伍“凝聚力”',
      '坚守“信心”,增强工人整体“奋斗力”',
      '坚守“匠心”,增强工人自主“创造力”',
    ]);
    for (const section of article.sections) {
      expect(section.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(expect.arrayContaining(['一是', '二是', '三是']));
    }
  });

  it('keeps every paragraph of the article, whole', () => {
    const sourceParagraphs = ARTICLE_SOURCE.split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 40);
    for (const paragraph of sourceParagraphs) expect(allText).toContain(paragraph);
    expect(article.intro).toHaveLength(1);
    expect(article.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBe(16);
  });

  it('marks the 「我为群众办实事」 passage and its 一条龙流程, in the 初心 section', () => {
    const highlighted = article.sections.flatMap((s) => s.paragraphs).filter((p) => p.highlight);
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0].text).toContain('我为群众办实事');
    expect(article.pipeline).toMatchObject({ paragraphId: highlighted[0].id, sectionId: 'chuxin' });
    expect(article.pipeline.sentence).toContain('形成意见收集、项目确定、精准实施、评估问效的一条龙流程');
    expect(article.pipeline.stages.map((s) => s.title)).toEqual(['意见收集', '项目确定', '精准实施', '评估问效']);
  });

  it('refuses a text that is not the article', () => {
    expect(() => parseGuideArticle('随便一段文字')).toThrow(GuideParseError);
  });
});
