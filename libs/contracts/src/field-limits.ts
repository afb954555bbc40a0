// How long (or large) each field of a request body may be: the API's DTOs validate with these numbers and the web's
// forms check, count and hint with the same ones, so the two cannot disagree. Text lengths count characters (a
// Chinese character is one) after trimming; an optional field's `min` applies only when it is given.

/** 诉求: the submission form (and the similar-request search, which allows a shorter title). */
export const REQUEST_LIMITS = {
  title: { min: 4, max: 60 },
  description: { min: 10, max: 2000 },
  /** for the return visit, sealed */
  contact: { min: 1, max: 100 },
} as const;

/** Opening a request's sealed contact: the reason goes on the audit log. */
export const CONTACT_REVEAL_LIMITS = {
  reason: { min: 2, max: 200 },
} as const;

/** 不合理诉求: leaving a request out of the figures. */
export const REQUEST_EXCLUSION_LIMITS = {
  reason: { min: 1, max: 500 },
} as const;

/** Following a request with its tracking slip (code + secret). */
export const TRACKING_LIMITS = {
  code: { min: 1, max: 30 },
  secret: { min: 1, max: 100 },
} as const;

/** 代为登记: a request taken in person. The day it was heard may be today or up to this many days before (a typo in the year is refused). */
export const IN_PERSON_LIMITS = {
  heardWithinDays: 90,
  requesterName: { min: 1, max: 40 },
} as const;

/** The requester's answer (评价). */
export const ANSWER_LIMITS = {
  comment: { min: 1, max: 2000 },
} as const;

/** Photos and PDFs: the size of one file, and how many one submission or one action may carry. */
export const ATTACHMENT_LIMITS = {
  bytes: { max: 10 * 1024 * 1024 },
  perRequest: { max: 5 },
  /** on one progress note or one milestone's evidence */
  perAction: { max: 5 },
} as const;

/** 实事项目. Budget in yuan, two decimals at most. */
export const PROJECT_LIMITS = {
  title: { min: 4, max: 60 },
  goal: { min: 1, max: 2000 },
  plan: { min: 1, max: 5000 },
  budget: { min: 0, max: 9_999_999_999.99 },
  expectedBeneficiaries: { min: 0, max: 10_000_000 },
  /** the requests a new project is proposed from */
  requests: { min: 1, max: 200 },
} as const;

/** A project's milestone: planned with a title, completed with evidence (public on the 公示 page). */
export const MILESTONE_LIMITS = {
  title: { min: 1, max: 200 },
  evidence: { min: 1, max: 2000 },
  /** why the approver waives it (shown on the project's page and 公示) */
  waiverReason: { min: 1, max: 1000 },
} as const;

/** 组织: a union unit. */
export const UNIT_LIMITS = {
  name: { min: 1, max: 100 },
} as const;

/** A kind of request, with its clocks in working days. */
export const CATEGORY_LIMITS = {
  /** lower-case letters, digits or underscores (CATEGORY_CODE_PATTERN) */
  code: { min: 2, max: 40 },
  nameZh: { min: 1, max: 40 },
  nameEn: { min: 1, max: 80 },
  responseDays: { min: 1, max: 30 },
  resolutionDays: { min: 1, max: 120 },
  graceDays: { min: 0, max: 30 },
  sortOrder: { min: 0, max: 1000 },
} as const;

export const CATEGORY_CODE_PATTERN = new RegExp(`^[a-z0-9_]{${CATEGORY_LIMITS.code.min},${CATEGORY_LIMITS.code.max}}$`);

/** An account, as an admin creates or changes it. */
export const USER_LIMITS = {
  /** lower-case letters, digits, dots, dashes or underscores (USERNAME_PATTERN) */
  username: { min: 2, max: 40 },
  displayName: { min: 1, max: 60 },
  password: { min: 8, max: 200 },
  email: { max: 254 },
  roles: { max: 20 },
} as const;

export const USERNAME_PATTERN = new RegExp(`^[a-z0-9_.-]{${USER_LIMITS.username.min},${USER_LIMITS.username.max}}$`);

/** Logging in: any text up to these lengths (the account's own rules are checked when it is made). */
export const LOGIN_LIMITS = {
  username: { min: 1, max: 40 },
  password: { min: 1, max: 200 },
} as const;

/** A working-day calendar exception (法定节假日 or 调休). */
export const CALENDAR_DAY_LIMITS = {
  name: { min: 1, max: 40 },
} as const;

/** PostgreSQL's `integer` (int4): a whole number a body carries into an integer column lies in this range. */
export const INT4 = { min: -2_147_483_648, max: 2_147_483_647 } as const;

/** A record's version (optimistic locking): an int4 column counting from 1. */
export const VERSION_LIMITS = { min: 1, max: INT4.max } as const;
