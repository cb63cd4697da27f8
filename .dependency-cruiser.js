/**
 * The layering of ARCHITECTURE.md, checked by `npm run depcheck` in the test run.
 * core → pure contracts; src → app; cloudfunctions → server; local → the local CloudBase.
 */
const NODE_SDK = '^node_modules/@cloudbase/node-sdk/';
const TARO = '^node_modules/@tarojs/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ is shared by the app and the functions: no Taro, no CloudBase, no Node I/O, no other layer.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: ['^node_modules/@tarojs/', '^node_modules/@cloudbase/', '^src/', '^cloudfunctions/', '^local/'] },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'app-does-not-reach-the-server',
      comment: 'src/ talks to functions through src/services only (callFunction / HTTP), never by import.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^cloudfunctions/', '^local/', NODE_SDK] },
    },
    {
      name: 'app-imports-contracts-as-types',
      comment:
        'Contracts and schemas build zod objects: a value import from src/ ships zod (~40 KB) in the weapp main package. Import types only; keep shared constants in plain core modules.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^core/.*[.](contract|schema)[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'functions-stay-server-side',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { path: ['^src/', '^local/', TARO] },
    },
    {
      name: 'nothing-imports-local',
      comment: 'local/ is the offline stand-in for CloudBase; deployable code never depends on it.',
      severity: 'error',
      from: { path: '^(src|cloudfunctions|core)/' },
      to: { path: '^local/' },
    },
    {
      name: 'one-sdk-factory',
      comment: 'Only cloudfunctions/_lib/cloudbase.ts initialises the SDK; everything else uses its instance.',
      severity: 'error',
      from: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_lib/cloudbase\\.ts$' },
      to: { path: NODE_SDK },
    },
    {
      name: 'only-repositories-touch-the-database',
      comment:
        'Handlers call repositories; the SDK instance is reached only by repositories, gateways (storage, WeChat open API) and the identity reader.',
      severity: 'error',
      from: {
        path: '^cloudfunctions/',
        pathNot: [
          '\\.repository\\.ts$',
          '\\.gateway\\.ts$',
          '^cloudfunctions/_lib/caller-identity\\.ts$',
          '^cloudfunctions/_lib/cloudbase\\.ts$',
        ],
      },
      to: { path: '^cloudfunctions/_lib/cloudbase\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-h5|build|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.jsx', '.d.ts', '.json'],
    },
  },
};
