import type { AcceptedContent } from './file-signature';
import type { Role } from './roles';
import { ROSTER_MAX_BYTES } from './roster';

/** Who may see a claimed file besides its owner and admins. */
export type FileVisibility = 'owner' | 'members' | 'public';

export interface FilePolicy {
  label: string;
  /** Checked by content (magic bytes), never by the file name. */
  accepts: AcceptedContent;
  /** Only callers with one of these roles may claim an upload for it; absent = everyone. */
  claimRoles?: readonly Role[];
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
  'booking-photo': { label: '预约照片', accepts: 'image', maxBytes: IMAGE_MAX_BYTES, visibility: 'owner', readerRoles: [] },
  'question-photo': { label: '提问图片', accepts: 'image', maxBytes: IMAGE_MAX_BYTES, visibility: 'members', readerRoles: [] },
  'answer-photo': { label: '回答图片', accepts: 'image', maxBytes: IMAGE_MAX_BYTES, visibility: 'members', readerRoles: [] },
  'notice-image': { label: '通知图片', accepts: 'image', maxBytes: IMAGE_MAX_BYTES, visibility: 'public', readerRoles: [] },
  'activity-cover': { label: '活动封面', accepts: 'image', maxBytes: IMAGE_MAX_BYTES, visibility: 'public', readerRoles: [] },
  'team-cover': { label: '服务队封面', accepts: 'image', maxBytes: IMAGE_MAX_BYTES, visibility: 'public', readerRoles: [] },
  // The issuer's seal on certificates: printed on every copy, so public; only admins set it.
  'certificate-seal': {
    label: '证明印章',
    accepts: 'image',
    claimRoles: ['admin'],
    maxBytes: IMAGE_MAX_BYTES,
    visibility: 'public',
    readerRoles: [],
  },
  // The committee's member roster: private to the admin who uploaded it (and admins), read by the roster function.
  'roster-xlsx': {
    label: '成员名册',
    accepts: 'xlsx',
    claimRoles: ['admin'],
    maxBytes: ROSTER_MAX_BYTES,
    visibility: 'owner',
    readerRoles: [],
  },
} as const satisfies Record<string, FilePolicy>;

export type FilePurpose = keyof typeof FILE_POLICIES;

export const FILE_PURPOSES = Object.keys(FILE_POLICIES) as [FilePurpose, ...FilePurpose[]];
