/** Where verified minutes came from: a booking's service record or an activity's attendance. */
export const HOURS_SOURCE_KINDS = ['booking', 'activity'] as const;
export type HoursSourceKind = (typeof HOURS_SOURCE_KINDS)[number];

export interface HoursSource {
  kind: HoursSourceKind;
  id: string;
}
