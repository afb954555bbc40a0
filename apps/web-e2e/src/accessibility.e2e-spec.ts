// Accessibility and layout (issue "Accessibility and layout", Done-when 3 and 4): every main page, in Chinese and in
// English, at 375 and 1280 px, audited by axe-core (no serious or critical violation), without sideways scrolling where
// its users work (phone pages at 375, staff pages at 1280), and photographed into dist/e2e-artifacts/. And one trip
// made with the keyboard alone: skip to the content, sign in, submit a request.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { flattenUnits, json, ordinaryCategoryId, type OrgUnitNode } from './support/api';
import { accessibilityViolations, describeViolations } from './support/axe';
import { baseUrl, DEMO_PASSWORD, DESKTOP, launchBrowser, login, PHONE, screenshot } from './support/browser';

const LANGUAGES = ['zh-CN', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const WIDTHS = { 375: PHONE, 1280: DESKTOP } as const;
type Width = keyof typeof WIDTHS;
type Role = 'worker' | 'cadre' | 'leader';

/** The UI's own words, from the locale files, so the test reads the page in the language it is shown in. */
type Locale = Record<string, Record<string, unknown>>;
const LOCALES = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(resolve(__dirname, `../../web/src/locales/${language}.json`), 'utf8')) as Locale]),
) as Record<Language, Locale>;
function text(language: Language, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], LOCALES[language]);
  if (typeof value !== 'string') throw new Error(`${language} has no string ${key}`);
  return value;
}

/** What the pages show: found through the API before the browser opens them. */
interface Fixtures {
  entryToken: string;
  unitName: string;
  tracked: { code: string; secret: string; title: string };
  request: { id: string; title: string };
  project: { id: string; title: string };
}

interface MainPage {
  name: string;
  /** Who opens it; nobody for the public pages. */
  role?: Role;
  /** The width its users work at: no sideways scrolling there. */
  workWidth: Width;
  /** Opens the page and waits for its real content, not a spinner. */
  open(page: Page, language: Language, fixtures: Fixtures): Promise<void>;
}

const MAIN_PAGES: MainPage[] = [
  {
    name: 'login',
    workWidth: 375,
    async open(page, language) {
      await page.goto(`${baseUrl()}/login`);
      await page.getByRole('heading', { name: text(language, 'login.title') }).waitFor();
      await page.getByLabel(text(language, 'login.username'), { exact: true }).waitFor();
    },
  },
  {
    name: 'submit',
    role: 'worker',
    workWidth: 375,
    async open(page, language) {
      await page.goto(`${baseUrl()}/requests/new`);
      await page.getByRole('heading', { name: text(language, 'nav.requestNew') }).waitFor();
      await page.getByLabel(text(language, 'intake.form.title'), { exact: true }).waitFor();
    },
  },
  {
    name: 'entry',
    workWidth: 375,
    async open(page, language, { entryToken, unitName }) {
      await page.goto(`${baseUrl()}/s/${entryToken}`);
      await page.getByRole('heading', { name: unitName }).waitFor();
      await page.getByText(text(language, 'entry.anonymousTitle'), { exact: true }).waitFor();
    },
  },
  {
    name: 'track',
    workWidth: 375,
    async open(page, language, { tracked }) {
      await page.goto(`${baseUrl()}/track`);
      await page.getByLabel(text(language, 'track.code'), { exact: true }).fill(tracked.code);
      await page.getByLabel(text(language, 'track.secret'), { exact: true }).fill(tracked.secret);
      await page.getByLabel(text(language, 'track.secret'), { exact: true }).press('Enter');
      await page.getByRole('heading', { name: tracked.title }).waitFor();
    },
  },
  {
    name: 'inbox',
    role: 'cadre',
    workWidth: 1280,
    async open(page, language) {
      await page.goto(`${baseUrl()}/inbox`);
      await page.getByRole('heading', { name: text(language, 'nav.inbox') }).waitFor();
      // A table on a wide screen, cards on a phone: either way, links to requests.
      await page.locator('main a[href^="/inbox/"]').first().waitFor();
    },
  },
  {
    name: 'request-detail',
    role: 'cadre',
    workWidth: 1280,
    async open(page, _language, { request }) {
      await page.goto(`${baseUrl()}/inbox/${request.id}`);
      await page.getByRole('heading', { name: request.title }).waitFor();
    },
  },
  {
    name: 'in-person',
    role: 'cadre',
    workWidth: 1280,
    async open(page, language) {
      await page.goto(`${baseUrl()}/in-person`);
      await page.getByRole('heading', { name: text(language, 'nav.inPerson') }).waitFor();
      await page.getByRole('form', { name: text(language, 'inPerson.form.label') }).waitFor();
    },
  },
  {
    name: 'project-detail',
    role: 'cadre',
    workWidth: 1280,
    async open(page, _language, { project }) {
      await page.goto(`${baseUrl()}/projects/${project.id}`);
      await page.getByRole('heading', { name: project.title }).waitFor();
      await page.getByTestId('project-evaluation').waitFor();
    },
  },
  {
    name: 'dashboard',
    role: 'leader',
    workWidth: 1280,
    async open(page) {
      await page.goto(`${baseUrl()}/dashboard`);
      await page.getByTestId('figure-cards').waitFor();
      await page.locator('[data-testid="trend-chart"] svg').waitFor();
      await page.locator('[data-testid="category-chart"] svg').waitFor();
      await page.getByTestId('unit-ranking').waitFor();
      await page.getByTestId('hotspot-terms').waitFor();
    },
  },
  {
    name: 'guide',
    workWidth: 375,
    async open(page) {
      await page.goto(`${baseUrl()}/guide`);
      await page.getByTestId('guide-article').waitFor();
    },
  },
];

interface ProjectListItem {
  id: string;
  title: string;
  milestoneCount: number;
  linkedRequestCount: number;
}

/** A button's accessible name: antd spaces out a two-character Chinese label (「提 交」). */
function buttonName(label: string): RegExp {
  return new RegExp(`^${label.split('').join('\\s*')}$`);
}

/** Whether the element is the one the keyboard is on. */
async function focused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has the focus: it must be reachable by the keyboard within `presses` steps. */
async function tabTo(page: Page, target: Locator, presses = 12): Promise<void> {
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    if (await focused(target)) return;
  }
  throw new Error(`${target} was not reached with ${presses} presses of Tab`);
}

describe('accessibility: the main pages in both languages, at 375 and 1280 px', () => {
  let browser: Browser;
  const sessions = new Map<Role, Awaited<ReturnType<BrowserContext['storageState']>>>();
  let fixtures: Fixtures;

  /** A fresh context at this width, in this language, signed in as `role` (a saved login, not a new one). */
  const openContext = async (width: Width, language: Language, role?: Role): Promise<BrowserContext> => {
    const context = await browser.newContext({ ...WIDTHS[width], storageState: role ? sessions.get(role) : undefined });
    await context.addInitScript((chosen) => localStorage.setItem('banshishi.language', chosen), language);
    return context;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const role of ['worker', 'cadre', 'leader'] as const) {
      const context = await browser.newContext(WIDTHS[1280]);
      await login(await context.newPage(), role);
      sessions.set(role, await context.storageState());
      await context.close();
    }

    const staff = await openContext(1280, 'zh-CN', 'cadre');
    const anonymous = await browser.newContext();
    try {
      const units = flattenUnits(await json<OrgUnitNode[]>(await staff.request.get(`${baseUrl()}/api/units`)));
      const unit = units.find((node) => node.entryToken);
      const categoryId = await ordinaryCategoryId(staff.request);
      const title = `更衣室柜子不够用${Date.now() % 100000}`;
      const created = await json<{ code: string; trackingSecret: string }>(
        await anonymous.request.post(`${baseUrl()}/api/requests`, {
          data: {
            entryToken: unit?.entryToken,
            anonymous: true,
            categoryId,
            title,
            description: '夜班和白班的工友共用一个柜子，东西经常放不下，希望工会协调再添一排柜子。',
          },
        }),
        201,
      );
      const [request] = (await json<{ items: { id: string; title: string }[] }>(await staff.request.get(`${baseUrl()}/api/requests?status=in_progress&limit=1`))).items;
      // A completed project shows the most a project page has: the evaluation card, linked requests, and milestones
      // with their progress when it has any (other browser tests complete one that has).
      const completed = (await json<{ items: ProjectListItem[] }>(await staff.request.get(`${baseUrl()}/api/projects?status=completed`))).items;
      const project = [...completed].sort((a, b) => b.milestoneCount - a.milestoneCount || b.linkedRequestCount - a.linkedRequestCount)[0];
      if (!project || !request) throw new Error('the demo data has no completed project or no request in progress');
      fixtures = {
        entryToken: unit?.entryToken ?? '',
        unitName: unit?.name ?? '',
        tracked: { code: created.code, secret: created.trackingSecret, title },
        request,
        project: { id: project.id, title: project.title },
      };
    } finally {
      await Promise.all([staff.close(), anonymous.close()]);
    }
    expect(fixtures.entryToken).toBeTruthy();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(MAIN_PAGES.map((mainPage) => [mainPage.name, mainPage] as const))('%s has no serious or critical violation and fits its width', async (name, mainPage) => {
      // Both widths are audited before the test fails, so one run tells everything that is wrong with the page.
      const found: Record<Width, { violations: string[]; sidewaysScroll?: number }> = { 375: { violations: [] }, 1280: { violations: [] } };
      for (const width of [375, 1280] as const) {
        const context = await openContext(width, language, mainPage.role);
        try {
          const page = await context.newPage();
          await mainPage.open(page, language, fixtures);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          found[width].violations = describeViolations(await accessibilityViolations(page));
          if (width === mainPage.workWidth) {
            found[width].sidewaysScroll = await page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
          }
          await screenshot(page, `a11y-${name}-${language}-${width}`);
        } finally {
          await context.close();
        }
      }
      const fits = { violations: [], sidewaysScroll: 0 };
      expect(found).toEqual(mainPage.workWidth === 375 ? { 375: fits, 1280: { violations: [] } } : { 375: { violations: [] }, 1280: fits });
    });
  });

  it('lets a worker sign in, skip to the content and submit a request with the keyboard alone', async () => {
    const language = 'zh-CN';
    const context = await openContext(1280, language);
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/login`);
      const username = page.getByLabel(text(language, 'login.username'), { exact: true });
      const password = page.getByLabel(text(language, 'login.password'), { exact: true });
      await username.waitFor();
      expect(await focused(username)).toBe(true);
      await page.keyboard.type('worker');
      await tabTo(page, password, 1);
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl()}/`);

      // The first Tab on a page shows the skip link; Enter on it puts the keyboard in the page's own content.
      await page.goto(`${baseUrl()}/requests/new`);
      const category = page.getByRole('combobox', { name: text(language, 'intake.form.category') });
      await category.waitFor();
      const skipLink = page.getByRole('link', { name: text(language, 'app.skipToContent') });
      await tabTo(page, skipLink, 1);
      const box = await skipLink.boundingBox();
      expect(box && box.y >= 0 && box.height > 0).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focused(page.locator('main'))).toBe(true);

      const title = `夜班食堂没有热饭${Date.now() % 100000}`;
      await tabTo(page, category);
      // a native <select>: the arrow key chooses the first category
      await page.keyboard.press('ArrowDown');
      expect(await category.inputValue()).not.toBe('');
      await tabTo(page, page.getByLabel(text(language, 'intake.form.title'), { exact: true }), 1);
      await page.keyboard.type(title);
      await tabTo(page, page.getByLabel(text(language, 'intake.form.description'), { exact: true }), 1);
      await page.keyboard.type('夜班十点以后食堂只剩冷饭冷菜，希望工会协调留一个热饭窗口到凌晨。');
      await tabTo(page, page.getByRole('button', { name: buttonName(text(language, 'intake.form.submit')) }));
      await page.keyboard.press('Enter');
      await page.getByText(text(language, 'intake.result.title')).waitFor();

      await page.goto(`${baseUrl()}/requests/mine`);
      await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    } finally {
      await context.close();
    }
  });
});
