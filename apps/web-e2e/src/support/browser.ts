// Debian's Chromium driven by playwright-core; never a downloaded browser.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type APIRequestContext, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(__dirname, '../../../../dist/e2e-artifacts');

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through their jest config');
  return url;
}

/** The app's PUBLIC_URL (app-server.ts): the same server as baseUrl(), named localhost instead of 127.0.0.1. */
export function publicUrl(): string {
  return baseUrl().replace('//127.0.0.1:', '//localhost:');
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does this)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export const DEMO_PASSWORD = 'demo-pass-2026';

/** A small real JPEG, drawn and encoded by the browser itself, written to a temp file called `name`. */
export async function makeJpeg(page: Page, name: string): Promise<string> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 32;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#2e8b57';
    context.fillRect(0, 0, 48, 32);
    context.fillStyle = '#ffd200';
    context.fillRect(10, 6, 24, 14);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  const path = join(mkdtempSync(join(tmpdir(), 'banshishi-e2e-jpeg-')), name);
  writeFileSync(path, Buffer.from(dataUrl.split(',')[1], 'base64'));
  return path;
}

/** Logs a demo account in through the login page and waits for the home page. */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名或手机号', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.waitForURL(`${baseUrl()}/`);
}

/** A cadre's or leader's screen, and a worker's phone. */
export const DESKTOP = { viewport: { width: 1280, height: 900 } } as const satisfies BrowserContextOptions;
export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } as const satisfies BrowserContextOptions;

export interface BrowserSessions {
  /** A fresh context (its own cookies), closed after the file's tests. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** The API as a demo account, signed in through `POST /api/auth/login` in a context of its own. */
  signedIn(username: string): Promise<APIRequestContext>;
}

/**
 * One Chromium for the test file (launched before its tests, closed with every context after them), and the contexts
 * and signed-in API sessions the tests open in it. Call at the top of a describe block.
 */
export function useBrowser(): BrowserSessions {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });
  const newContext = async (options: BrowserContextOptions = DESKTOP): Promise<BrowserContext> => {
    if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; open contexts in a hook or a test');
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  return {
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    signedIn: async (username) => {
      const { request } = await newContext();
      const response = await request.post(`${baseUrl()}/api/auth/login`, { data: { username, password: DEMO_PASSWORD } });
      if (!response.ok()) throw new Error(`${username} could not sign in: ${response.status()} ${await response.text()}`);
      return request;
    },
  };
}
