// Plain request/response shapes shared by the API and the web app, and the field limits both validate with
// (field-limits.ts: plain constants). No framework.
export * from './audit';
export * from './calendar';
export * from './category';
export * from './dashboard';
export * from './error';
export * from './federation';
export * from './field-limits';
export * from './guide';
export * from './health';
export * from './identity';
export * from './in-person';
export * from './notification';
export * from './org-unit';
export * from './project';
export * from './request';
export * from './roster';
export * from './site';
export * from './workspace';
