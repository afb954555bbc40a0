/** Every API error body. */
export interface ApiError {
  code: string;
  message: string;
  /** One entry per failing field: on 400 VALIDATION_FAILED, and on 409 CONFLICT when a field's value is taken (a unit's name). */
  errors?: { field: string; message: string }[];
}
