/** Every API error body. */
export interface ApiError {
  code: string;
  message: string;
  /** Present on 400 VALIDATION_FAILED: one entry per failing field. */
  errors?: { field: string; message: string }[];
}
