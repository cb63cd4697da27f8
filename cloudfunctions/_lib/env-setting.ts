/**
 * The functions' tunable settings from their environment. cloudbaserc.json declares every
 * variable a function reads as `{{env.NAME}}`, so an unset one arrives as an empty string: empty,
 * absent or not a number all mean "use the default", never 0.
 */
export const envNumber = (name: string, fallback: number, { min = 1 }: { min?: number } = {}): number => {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min ? value : fallback;
};

/** A text setting; empty or absent → the fallback. */
export const envText = (name: string, fallback: string): string => process.env[name]?.trim() || fallback;
