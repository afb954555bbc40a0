// Plain request/response shapes shared by the API and the web app. Types only: no framework, no runtime code.
export * from './audit';
export * from './calendar';
export * from './category';
export * from './dashboard';
export * from './error';
export * from './guide';
export * from './health';
export * from './identity';
export * from './notification';
export * from './org-unit';
export * from './project';
export * from './request';
export * from './workspace';
