// typescript-eslint + react-hooks over all TypeScript; build output and generated files ignored.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-h5/',
      'build/',
      '.swc/',
      '.tmp/',
      '.data/',
      '.data-bare/',
      'test-results/',
      'playwright-report/',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Sealed repositories: only *.repository.ts / *.gateway.ts files build queries.
    // Handlers, timers and domain modules call intention-revealing repository functions; the
    // one-owner-per-collection half is tests/functions/sealed-repositories.test.ts.
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/**/*.repository.ts', 'cloudfunctions/**/*.gateway.ts', 'cloudfunctions/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='_']",
          message: 'The SDK command object stays inside repositories: call a repository function named for what it does.',
        },
        {
          selector: "MemberExpression[property.name='command']",
          message: 'The SDK command object stays inside repositories: call a repository function named for what it does.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(collection|where|orderBy|aggregate|runTransaction)$/]',
          message: "Only repositories build queries: move this into the collection's owning *.repository.ts.",
        },
      ],
    },
  },
  {
    // One Button and one Pill (docs/decisions.md): pages use src/components/button and pill, never NutUI's or Taro's own.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/button/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['@nutui/nutui-react-taro', '@tarojs/components'].map((name) => ({
              name,
              importNames: ['Button', 'ButtonProps'],
              message: "Use the kit's Button from '@/components/button' (primary / secondary / danger / text, 44 pt, busy state).",
            })),
            {
              name: '@nutui/nutui-react-taro',
              importNames: ['Tag', 'TagProps'],
              message: "Use the kit's Pill from '@/components/pill' (read-only tags) or Chip from '@/components/chip' (tappable ones).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
