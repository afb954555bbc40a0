// Plain request/response shapes shared by the API and the web app. Types only: no framework, no runtime code.
export * from './error';
export * from './health';
