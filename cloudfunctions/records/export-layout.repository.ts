import { randomBytes } from 'node:crypto';
import type { ExportColumn, ExportLayout } from '@core/platform-export';
import { database } from '../_lib/cloudbase';

/**
 * `export_layouts`: the committee's column layouts for the national-platform export (a handful of
 * documents). The owner of the collection: every read and write is one of the functions below.
 */
interface ExportLayoutDocument {
  _id: string;
  name: string;
  columns: ExportColumn[];
  updatedAt: Date;
  updatedBy: string;
}

const layouts = () => database.collection('export_layouts');

const toLayout = (document: ExportLayoutDocument): ExportLayout => ({
  layoutId: document._id,
  name: document.name,
  columns: document.columns,
  updatedAt: new Date(document.updatedAt).toISOString(),
});

/** Every layout, most recently edited first (a committee keeps a few; 100 is far more than enough). */
export const listExportLayouts = async (): Promise<ExportLayout[]> => {
  const { data } = await layouts().orderBy('updatedAt', 'desc').limit(100).get();
  return (data as ExportLayoutDocument[]).map(toLayout);
};

export const findExportLayout = async (layoutId: string): Promise<ExportLayout | null> => {
  const { data } = await layouts().where({ _id: layoutId }).limit(1).get();
  const document = data[0] as ExportLayoutDocument | undefined;
  return document ? toLayout(document) : null;
};

/** Creates a layout with a server-made id. */
export const insertExportLayout = async (fields: { name: string; columns: ExportColumn[] }, by: string): Promise<ExportLayout> => {
  const document: ExportLayoutDocument = { _id: `xl_${randomBytes(8).toString('hex')}`, ...fields, updatedAt: new Date(), updatedBy: by };
  await layouts().add(document);
  return toLayout(document);
};

/**
 * Replaces a layout's name and columns (the whole document, so the column list is replaced, never
 * merged); null when it no longer exists. Two admins editing at once: the last save wins.
 */
export const updateExportLayout = async (
  layoutId: string,
  fields: { name: string; columns: ExportColumn[] },
  by: string,
): Promise<ExportLayout | null> => {
  if (!(await findExportLayout(layoutId))) return null;
  const document: ExportLayoutDocument = { _id: layoutId, ...fields, updatedAt: new Date(), updatedBy: by };
  const { _id, ...rest } = document;
  await layouts().doc(_id).set(rest);
  return toLayout(document);
};

export const removeExportLayoutDocument = async (layoutId: string): Promise<boolean> => {
  const { deleted } = await layouts().doc(layoutId).remove();
  return Number(deleted ?? 0) > 0;
};
