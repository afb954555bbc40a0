// The API calls browser tests make to set up what they then look at in the page.
import type { APIRequestContext, APIResponse } from 'playwright-core';
import { baseUrl } from './browser';

/** The body of a response with the expected status; otherwise an error that says what the server answered. */
export async function json<T>(response: APIResponse, status = 200): Promise<T> {
  if (response.status() !== status) throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** What `GET /api/units` answers, as far as the tests read it. */
export interface OrgUnitNode {
  id: string;
  name: string;
  kind: string;
  entryToken?: string;
  children: OrgUnitNode[];
}

/** The unit tree as one list, parents first. */
export function flattenUnits(nodes: OrgUnitNode[]): OrgUnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenUnits(node.children)]);
}

/** A category without an urgent clock, so a test request follows the ordinary clocks. */
export async function ordinaryCategoryId(api: APIRequestContext): Promise<string> {
  const categories = await json<{ id: string; urgent: boolean }[]>(await api.get(`${baseUrl()}/api/categories`));
  return (categories.find((category) => !category.urgent) ?? categories[0]).id;
}

/** Today in China (the server's calendar), plus some days, as YYYY-MM-DD. */
export function chinaDay(plusDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
}
