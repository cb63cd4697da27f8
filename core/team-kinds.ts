// Kept apart from org-units.contract.ts so the app can read the labels without pulling zod into its bundle.

/** What a team serves: the car-care and computer-clinic teams take bookings of their kind; outreach teams run activities. */
export const TEAM_KINDS = ['carCare', 'computerClinic', 'outreach', 'other'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const teamKindLabels: Record<TeamKind, string> = {
  carCare: '汽车维护',
  computerClinic: '电脑义诊',
  outreach: '科普宣讲',
  other: '其他',
};
