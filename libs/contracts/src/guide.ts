/** `GET /api/guide`: the guiding article 「坚守“四心” 增强“四力”」, whole, as structure. */
export interface GuideParagraph {
  /** anchor for links, e.g. `chuxin-3` */
  id: string;
  text: string;
  /** the passage on 「我为群众办实事」 and its 一条龙流程 */
  highlight?: boolean;
}

export interface GuideSection {
  /** dangxin | chuxin | xinxin | jiangxin */
  id: string;
  heading: string;
  paragraphs: GuideParagraph[];
}

export interface GuideArticle {
  title: string;
  author: string;
  unit: string;
  /** YYYY-MM-DD */
  date: string;
  intro: GuideParagraph[];
  sections: GuideSection[];
  /** where the product's pipeline comes from: the paragraph, the sentence, and the four stages in order */
  pipeline: {
    paragraphId: string;
    sectionId: string;
    sentence: string;
    stages: { key: 'intake' | 'triage' | 'implementation' | 'evaluation'; title: string }[];
  };
}
