/**
 * CloudBase timer-trigger cron: 7 fields — second minute hour day-of-month month day-of-week year —
 * evaluated in China Standard Time (UTC+8, no daylight saving), as CloudBase evaluates them.
 * Supported per field: `*`, `?` (day fields), numbers, `a-b` ranges, `a,b` lists, `/n` steps,
 * and English month/weekday names (MON, JAN). Not supported: `L`, `W`, `#`.
 */
export interface CronSchedule {
  source: string;
  matches(at: Date): boolean;
}

interface FieldSpec {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS = Object.fromEntries(
  ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'].map((m, i) => [m, i + 1]),
);
const WEEKDAYS = Object.fromEntries(['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'].map((d, i) => [d, i]));

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: WEEKDAYS },
  { min: 1970, max: 2199 },
];

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const parseValue = (text: string, spec: FieldSpec, source: string): number => {
  const named = spec.names?.[text.toUpperCase()];
  const value = named ?? (/^\d+$/.test(text) ? Number(text) : NaN);
  if (!Number.isInteger(value) || value < spec.min || value > spec.max) throw new Error(`cron "${source}": "${text}" is out of range`);
  return value;
};

/** The set of values one field allows, or null for "any". */
const parseField = (text: string, spec: FieldSpec, source: string): Set<number> | null => {
  if (text === '*' || text === '?') return null;
  const allowed = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron "${source}": bad step in "${part}"`);
    let from: number;
    let to: number;
    if (range === '*') [from, to] = [spec.min, spec.max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [from, to] = [parseValue(a, spec, source), parseValue(b, spec, source)];
    } else {
      from = parseValue(range, spec, source);
      to = stepText === undefined ? from : spec.max;
    }
    if (from > to) throw new Error(`cron "${source}": empty range "${part}"`);
    for (let value = from; value <= to; value += step) allowed.add(value);
  }
  return allowed;
};

export const parseCron = (source: string): CronSchedule => {
  const parts = source.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`cron "${source}": CloudBase timers need 7 fields (second minute hour day month weekday year)`);
  const fields = parts.map((part, index) => parseField(part, FIELDS[index], source));
  return {
    source,
    matches: (at) => {
      const china = new Date(at.getTime() + CHINA_OFFSET_MS);
      const values = [
        china.getUTCSeconds(),
        china.getUTCMinutes(),
        china.getUTCHours(),
        china.getUTCDate(),
        china.getUTCMonth() + 1,
        china.getUTCDay(),
        china.getUTCFullYear(),
      ];
      return fields.every((allowed, index) => allowed === null || allowed.has(values[index]));
    },
  };
};
