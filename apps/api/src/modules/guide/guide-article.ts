// The guiding article as structure: title, author, unit, date, the four sections (党心、初心、信心、匠心) and the
// passage on 「我为群众办实事」 whose 一条龙流程 the product implements. Pure: parses the committed source text.
import type { GuideArticle, GuideParagraph, GuideSection } from '@banshishi/contracts';

/** The sections' headings start so; their ids are what the web's outline and the stages' "why" links point at. */
const SECTION_IDS: Record<string, string> = { 党心: 'dangxin', 初心: 'chuxin', 信心: 'xinxin', 匠心: 'jiangxin' };
const SECTION_HEADING = /^坚守“(党心|初心|信心|匠心)”/;
const PIPELINE = '意见收集、项目确定、精准实施、评估问效';
const STAGES = [
  { key: 'intake', title: '意见收集' },
  { key: 'triage', title: '项目确定' },
  { key: 'implementation', title: '精准实施' },
  { key: 'evaluation', title: '评估问效' },
] as const;

export class GuideParseError extends Error {
  override name = 'GuideParseError';
}

export function parseGuideArticle(source: string): GuideArticle {
  const lines = source.split(/\r?\n/).map((line) => line.trim());
  const dateLine = lines.findIndex((line) => line.startsWith('发布时间'));
  if (dateLine < 1) throw new GuideParseError('no 发布时间 line');
  // The chrome (site name, share prompts, breadcrumbs) stands before the title's second appearance, just above the date.
  const title = [...lines.slice(0, dateLine)].reverse().find((line) => line.length > 0);
  const date = /(\d{4}-\d{2}-\d{2})/.exec(lines[dateLine])?.[1];
  const rest = lines.slice(dateLine + 1).filter((line) => line.length > 0);
  const author = rest.shift();
  const unitLine = rest.findIndex((line) => /^[（(]作者单位[:：]/.test(line));
  const unit = unitLine >= 0 ? rest[unitLine].replace(/^[（(]作者单位[:：]/, '').replace(/[）)]$/, '') : undefined;
  const body = unitLine >= 0 ? rest.slice(0, unitLine) : rest;
  if (!title || !date || !author || !unit) throw new GuideParseError('missing title, date, author or unit');

  const intro: GuideParagraph[] = [];
  const sections: GuideSection[] = [];
  let pipeline: GuideArticle['pipeline'] | null = null;
  for (const text of body) {
    const heading = SECTION_HEADING.exec(text);
    if (heading) {
      sections.push({ id: SECTION_IDS[heading[1]], heading: text, paragraphs: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    const id = current ? `${current.id}-${current.paragraphs.length + 1}` : `intro-${intro.length + 1}`;
    const paragraph: GuideParagraph = { id, text };
    if (text.includes(PIPELINE)) {
      paragraph.highlight = true;
      const sentence = text.split(/(?<=[。！？])/).find((part) => part.includes(PIPELINE)) ?? text;
      pipeline = { paragraphId: id, sectionId: current?.id ?? 'intro', sentence, stages: STAGES.map((stage) => ({ ...stage })) };
    }
    (current ? current.paragraphs : intro).push(paragraph);
  }
  if (sections.length !== 4) throw new GuideParseError(`expected the four sections, found ${sections.length}`);
  if (!pipeline) throw new GuideParseError('no passage on the 一条龙流程');
  return { title, author, unit, date, intro, sections, pipeline };
}
