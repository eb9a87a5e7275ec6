/** One NDJSON line or HAR entry: its parsed value, or why it could not be read. */
export interface InputItem {
  /** 1-based line number (NDJSON) or entry number (HAR). */
  number: number;
  value?: unknown;
  error?: string;
}
