// `GET /api/auth/me`: who is signed in. A 401 is an answer (nobody), not an error. Plain fetch: the light worker
// page /requests/new asks it too (get-current-user.ts is the full app's query of it).
import type { CurrentUser } from '@banshishi/contracts';
import { api, ApiRequestError } from '../../../lib/api-client';

export async function getCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await api<CurrentUser>('/auth/me');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** Its key for useLoaded / loadOnce (lib/use-loaded). */
export const CURRENT_USER_KEY = 'auth/me';
