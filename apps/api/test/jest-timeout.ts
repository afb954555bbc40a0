// Integration tests start apps and databases. Set here (not as the project's `testTimeout`, which jest ignores
// inside a multi-project run such as `npm test`).
jest.setTimeout(30_000);
