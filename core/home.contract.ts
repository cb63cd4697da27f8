import { z } from 'zod';
import { defineAction } from './action-contract';
import type { BookingStatus } from './booking-status';
import type { MembershipStatus } from './membership.types';
import { EVERYONE, type Role } from './roles';

/**
 * 首页's "what's next": one read of everything a member should act on soon, per persona. Lists
 * are capped (`HOME_LIST_CAP`), so the load costs the same however much data there is; `more`
 * says the real number is higher than `items.length` / `count`. Dates are ISO strings.
 */
export const HOME_LIST_CAP = 20;

/** A capped list: `count` = items found up to the cap, `more` = there are further ones. */
export interface HomeList<Item> {
  count: number;
  more: boolean;
  /** The first few, soonest (or oldest waiting) first. */
  items: Item[];
}

export interface HomeBooking {
  bookingId: string;
  serviceName: string;
  status: BookingStatus;
  day: string;
  startClock: string;
  endClock: string;
  startAt: string;
  place: string;
  bookerName: string;
  volunteerName: string | null;
}

export interface HomeActivity {
  activityId: string;
  title: string;
  place: string;
  startAt: string;
  endAt: string;
  /** cancelled: the organiser called it off (`changeReason`); postponed: its times moved (`movedFrom` = the old start). */
  change: 'cancelled' | 'postponed' | null;
  changeReason: string | null;
  movedFrom: string | null;
  /** Check-in is open now (start − early … end + late) and the activity still takes place. */
  checkinOpen: boolean;
  /** When check-in opens (start − early). */
  checkinOpensAt: string;
  checkedIn: boolean;
  /** Checked in, check-out required and not yet done: the scan button then checks out. */
  checkoutDue: boolean;
}

/** An unread in-app message (a new answer to one of my questions). */
export interface HomeMessage {
  messageId: string;
  title: string;
  body: string;
  page: string;
  createdAt: string;
}

export interface HomeApplication {
  applicationId: string;
  name: string;
  createdAt: string;
}

export interface HomeCorrection {
  correctionId: string;
  activityId: string;
  activityTitle: string;
  name: string;
  createdAt: string;
}

/** How many of my coming activities 首页 shows. */
export const HOME_ACTIVITIES = 3;

export interface HomeFeed {
  name: string;
  roles: Role[];
  membershipStatus: MembershipStatus;
  /** My soonest booking that is still to happen (or in service). */
  nextBooking: HomeBooking | null;
  /**
   * My soonest signed-up activities not yet over (at most HOME_ACTIVITIES), cancelled ones included so
   * the change is seen: one running now must not hide tomorrow's that was just moved.
   */
  nextActivities: HomeActivity[];
  unreadNotices: number;
  /** Unread 问题有新回答 messages. */
  answers: HomeList<HomeMessage>;
  /** Team leaders: today's jobs of the teams they lead, and upcoming bookings nobody took yet. */
  leader: { todayJobs: HomeList<HomeBooking>; unassigned: HomeList<HomeBooking> } | null;
  /** Admins: membership applications and correction requests (补录申请) waiting, oldest first. */
  admin: { applications: HomeList<HomeApplication>; corrections: HomeList<HomeCorrection> } | null;
}

export const homeActions = {
  /** The caller's 首页: at most 4 database round trips, whatever the size of the data. */
  home: defineAction<HomeFeed>()({
    params: z.object({}),
    allow: EVERYONE,
  }),
};
