// The light shell's addresses (a worker's two pages), read by lightPage() in the browser and, at build time, by the
// light pages' preload written into index.html (light-preload.ts): one rule for both. No imports, so the build's config
// can read it.
export const ENTRY_PATH = /^\/s\/([^/]+)\/?$/;
export const NEW_REQUEST_PATH = /^\/requests\/new\/?$/;
export const LIGHT_PATHS = [ENTRY_PATH, NEW_REQUEST_PATH] as const;
