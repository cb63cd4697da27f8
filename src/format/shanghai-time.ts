const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * `2025-03-05 14:30` in Asia/Shanghai whatever the phone's zone: the college works on campus
 * time. China has no daylight saving, so a fixed offset is exact and needs no zone database.
 */
export function formatShanghaiMinute(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
