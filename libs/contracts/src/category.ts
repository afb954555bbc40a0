export interface Category {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  /** Working days from submission to the first cadre response. */
  responseDays: number;
  /** Working days from acceptance to resolution. */
  resolutionDays: number;
  /** Working days past due before escalation (督办) to the parent unit. */
  graceDays: number;
  urgent: boolean;
  active: boolean;
  sortOrder: number;
  version: number;
}

export type CreateCategoryRequest = Omit<Category, 'id' | 'version'>;
export type UpdateCategoryRequest = Partial<Omit<Category, 'id' | 'version' | 'code'>> & { version: number };
