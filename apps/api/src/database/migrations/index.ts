// Every migration, in order. Listed explicitly so the compiled app, the CLI and the tests run the same set.
import { Foundation1764300000000 } from './1764300000000-foundation';

export const MIGRATIONS = [Foundation1764300000000];
