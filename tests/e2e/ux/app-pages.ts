import './define-app-config';
import appConfig from '../../../src/app.config';

/** Every page path of src/app.config.ts, main package and subpackages, as `/pages/…/index`. */
export const APP_PAGES: string[] = [
  ...appConfig.pages!,
  ...(appConfig.subPackages ?? []).flatMap(({ root, pages }) => pages.map((page) => `${root.replace(/\/+$/, '')}/${page}`)),
].map((page) => `/${page}`);
