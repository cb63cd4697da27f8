import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { designWidth } from './design-width';
import { splitSharedPageModules } from './h5-chunks';

const root = path.resolve(__dirname, '..');
const isH5 = process.env.TARO_ENV === 'h5';

// One config for both targets; only the output folder and H5 router differ.
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'starfire',
    date: '2025-1-1',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // The local host serves dist-h5/; WeChat DevTools reads dist/ (project.config.json).
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    alias: {
      '@core': path.join(root, 'core'),
      '@': path.join(root, 'src'),
    },
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // NutUI ships ES modules that babel-plugin-import rewrites; prebundling would bypass it.
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: true },
    // Taro's H5 defaults keep every function name and quote every object key; the app needs neither, and
    // dropping them (plus a second compress pass) saves ~12 KB gzip on the first route (#16, scripts/size.ts).
    terser: { enable: true, config: { keep_fnames: false, output: { quote_keys: false }, compress: { passes: 2 } } },
    mini: {
      // Styles are BEM-scoped per component, so the order chunks share CSS in does not matter;
      // without this every page that shares a component warns about "conflicting order".
      miniCssExtractPluginOption: { ignoreOrder: true },
      // core/ sits outside src/ and is TypeScript, so it needs the same compile step.
      compile: { include: [path.join(root, 'core')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      webpackChain(chain) {
        splitSharedPageModules(chain);
      },
      compile: { include: [path.join(root, 'core')] },
      publicPath: '/',
      staticDirectory: 'static',
      // Hash mode: works from any static server, no history fallback needed (docs/decisions.md).
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
