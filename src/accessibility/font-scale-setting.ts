/**
 * The type-size setting shared by the app and the browser tests (no Taro here): WeChat reports
 * the user's font size as a factor; H5 has no such setting, so it reads one from storage.
 */
export const FONT_SCALE_STORAGE_KEY = 'starfire.font-scale';
export const ELDER_MODE_STORAGE_KEY = 'starfire.elder-mode';
/** 长辈模式 reads at least this large, whatever the system size. */
export const ELDER_FONT_SCALE = 1.3;

/** The factor pages use: the system's, raised to 长辈模式's when it is on, kept within 1–2. */
export const effectiveFontScale = (system: unknown, elderMode: boolean): number => {
  const factor = typeof system === 'number' && Number.isFinite(system) ? system : 1;
  return Math.min(2, Math.max(1, elderMode ? Math.max(factor, ELDER_FONT_SCALE) : factor));
};
