// What the web needs to know about the deployment.

/** `GET /api/site` (no login). */
export interface SiteSettings {
  /**
   * The address people reach this deployment at (PUBLIC_URL, without a trailing slash): QR posters, tracking slips and
   * e-mail links are built on it. Without PUBLIC_URL (development) the address the request came to.
   */
  publicUrl: string;
  /** FEDERATION_ROLE: a federation shows 全总汇总 (/federation) in its leaders' and admins' menu */
  federationRole: 'standalone' | 'region' | 'federation';
}
