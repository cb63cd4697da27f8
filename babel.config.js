// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// babel-plugin-import rewrites `import { Button } from '@nutui/nutui-react-taro'`
// to the one component's ES module and its CSS, so unused components never ship.
// The `dist/esm` path from NutUI's English quick start does not exist in 3.0.20.
const nutuiPackages = '@nutui/nutui-react-taro/dist/es/packages/';
// NutUI's own components import icons from the icon package's index, which is marked
// as having side effects, so without this every one of its ~200 icons would ship.
const nutuiIcons = '@nutui/icons-react-taro/dist/es/icons/';

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => nutuiPackages + name.toLowerCase(),
        customStyleName: (name) => nutuiPackages + name.toLowerCase() + '/style/css',
      },
      'nutui-react-taro',
    ],
    [
      'import',
      {
        libraryName: '@nutui/icons-react-taro',
        camel2DashComponentName: false,
        customName: (name) => nutuiIcons + name,
        // The index also pulls in the icons' shared stylesheet; keep it.
        customStyleName: () => '@nutui/icons-react-taro/dist/style_icon.css',
      },
      'nutui-icons-react-taro',
    ],
    ...(process.env.TARO_ENV === 'h5' ? [require('./config/babel-taro-components-h5')] : []),
  ],
};
