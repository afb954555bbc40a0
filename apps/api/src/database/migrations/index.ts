// Every migration, in order. Listed explicitly so the compiled app, the CLI and the tests run the same set.
import { Foundation1764300000000 } from './1764300000000-foundation';
import { Spine1764300100000 } from './1764300100000-spine';
import { Intake1764300200000 } from './1764300200000-intake';

export const MIGRATIONS = [Foundation1764300000000, Spine1764300100000, Intake1764300200000];
