/**
 * The SDK throws database failures as errors carrying the server's `code`
 * (and returns them as `{code}` when throwOnCode is off); both shapes are accepted.
 */
export const databaseErrorCode = (error: unknown): string | null => {
  if (error && typeof error === 'object' && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : null;
  }
  return null;
};

export const isDuplicateWrite = (error: unknown): boolean => databaseErrorCode(error) === 'DATABASE_DUPLICATE_WRITE';

export const isTransactionConflict = (error: unknown): boolean => databaseErrorCode(error) === 'DATABASE_TRANSACTION_CONFLICT';
