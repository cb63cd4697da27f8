import type { Role } from './roles';

/** Who may see a claimed file besides its owner and admins. */
export type FileVisibility = 'owner' | 'members' | 'public';

export interface FilePolicy {
  label: string;
  /** Checked by content (magic bytes), never by the file name. */
  imagesOnly: boolean;
  maxBytes: number;
  visibility: FileVisibility;
  /** Roles that may also see it even when it is `owner`-only, whatever team or record it belongs to. */
  readerRoles: readonly Role[];
}

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * What each feature may attach, decided once: Q&A photos are read by every member, notice
 * attachments by every signed-in user. Booking photos show the car/PC to the team serving that
 * booking only: no role reads them, the booking grants its team (and booker) when it attaches them.
 */
export const FILE_POLICIES = {
  'booking-photo': { label: '预约照片', imagesOnly: true, maxBytes: IMAGE_MAX_BYTES, visibility: 'owner', readerRoles: [] },
  'question-photo': { label: '提问图片', imagesOnly: true, maxBytes: IMAGE_MAX_BYTES, visibility: 'members', readerRoles: [] },
  'answer-photo': { label: '回答图片', imagesOnly: true, maxBytes: IMAGE_MAX_BYTES, visibility: 'members', readerRoles: [] },
  'notice-image': { label: '通知图片', imagesOnly: true, maxBytes: IMAGE_MAX_BYTES, visibility: 'public', readerRoles: [] },
  'activity-cover': { label: '活动封面', imagesOnly: true, maxBytes: IMAGE_MAX_BYTES, visibility: 'public', readerRoles: [] },
  'team-cover': { label: '服务队封面', imagesOnly: true, maxBytes: IMAGE_MAX_BYTES, visibility: 'public', readerRoles: [] },
} as const satisfies Record<string, FilePolicy>;

export type FilePurpose = keyof typeof FILE_POLICIES;

export const FILE_PURPOSES = Object.keys(FILE_POLICIES) as [FilePurpose, ...FilePurpose[]];
