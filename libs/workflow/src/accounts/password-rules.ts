// The rules a password a person chooses for themselves must follow (等保 2.0's 口令复杂度: long enough, of at least
// two kinds of character, not the person's own name or number). The API refuses a change that breaks one; the web
// lists them beside the field and ticks each one off as it is met.

export const PASSWORD_LENGTH = { min: 8, max: 200 } as const;

/** Each rule, by key: `length` 8–200 characters, `kinds` at least two of letters, digits and symbols, `personal` not containing the username or phone. */
export const PASSWORD_RULES = ['length', 'kinds', 'personal'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

export interface PasswordOwner {
  username: string;
  phone?: string | null;
}

function kindsOf(password: string): number {
  const letters = /\p{L}/u.test(password);
  const digits = /\p{Nd}/u.test(password);
  const others = /[^\p{L}\p{Nd}]/u.test(password);
  return [letters, digits, others].filter(Boolean).length;
}

/** Whether the password holds the person's own username or phone (names shorter than 3 characters never match). */
function isPersonal(password: string, owner: PasswordOwner): boolean {
  const lower = password.toLowerCase();
  return [owner.username, owner.phone ?? ''].some((own) => own.length >= 3 && lower.includes(own.toLowerCase()));
}

/** The rules `password` breaks, in PASSWORD_RULES order; empty when it may be used. */
export function passwordProblems(password: string, owner: PasswordOwner): PasswordRule[] {
  const length = [...password].length;
  const broken: PasswordRule[] = [];
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max) broken.push('length');
  if (kindsOf(password) < 2) broken.push('kinds');
  if (isPersonal(password, owner)) broken.push('personal');
  return broken;
}
