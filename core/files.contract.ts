import { z } from 'zod';
import { defineAction } from './action-contract';
import { fileIdSchema } from './cloud-file-id';
import type { ErrorCode } from './errors';
import { FILE_PURPOSES, type FilePurpose, type FileVisibility } from './file-purposes';
import { EVERYONE } from './roles';

/** A claimed file as the app sees it. Dates are ISO strings. */
export interface ClaimedFile {
  fileId: string;
  purpose: FilePurpose;
  contentType: string;
  size: number;
  visibility: FileVisibility;
  createdAt: string;
}

/** One answer of `tempUrl`: a URL for a file the caller may see, a typed refusal otherwise. */
export type FileUrl =
  { fileId: string; ok: true; tempUrl: string; expiresAt: string } | { fileId: string; ok: false; code: ErrorCode; message: string };

export const MAX_TEMP_URLS_PER_CALL = 50;

/**
 * Files are private: the app reserves an upload path, uploads there (Taro.cloud.uploadFile in
 * WeChat, POST /api/upload in H5), claims the upload for a purpose, and asks for short-lived URLs to show it.
 */
export const filesContract = {
  /**
   * The first step of every upload: names the cloud path (under the caller's own folder) to upload
   * to and records it as pending, so an upload never claimed is deleted after a day.
   */
  reserveUpload: defineAction<{ cloudPath: string; fileId: string }>()({
    params: z.object({
      purpose: z.enum(FILE_PURPOSES),
      /** The chosen file's extension (lower case, e.g. `jpg`); only letters and digits. */
      extension: z
        .string({ invalid_type_error: '应为文本' })
        .regex(/^[A-Za-z0-9]{1,8}$/, '扩展名只能是字母或数字')
        .default('bin'),
    }),
    allow: EVERYONE,
  }),
  /**
   * Checks the uploaded object by content and size for the purpose (a refused file is deleted)
   * and records the caller as its owner. Only files under the caller's own upload folder.
   * Claiming the same file again answers the existing record.
   */
  claim: defineAction<{ file: ClaimedFile }>()({
    params: z.object({ fileId: fileIdSchema, purpose: z.enum(FILE_PURPOSES) }),
    allow: EVERYONE,
  }),
  /** Temporary download URLs (1 hour), decided per file: files the caller may not see are refused one by one. */
  tempUrl: defineAction<{ files: FileUrl[] }>()({
    params: z.object({ fileIds: z.array(fileIdSchema).min(1).max(MAX_TEMP_URLS_PER_CALL) }),
    allow: EVERYONE,
  }),
  /** Deletes the object and its record. The owner, or an admin. */
  remove: defineAction<{ removed: boolean }>()({
    params: z.object({ fileId: fileIdSchema }),
    allow: ['admin'],
    owner: { resource: 'file', param: 'fileId' },
  }),
};

export type FilesContract = typeof filesContract;
export type { FilePurpose, FileVisibility } from './file-purposes';
