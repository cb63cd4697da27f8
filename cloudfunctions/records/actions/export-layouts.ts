import { EXPORT_PRESETS } from '@core/platform-export';
import { listExportLayouts } from '../export-layout.repository';

/** The committee's layouts and the presets a new one starts from. */
export const exportLayouts = async () => ({ layouts: await listExportLayouts(), presets: EXPORT_PRESETS });
