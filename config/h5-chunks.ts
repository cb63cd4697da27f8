/**
 * H5 code splitting. Taro splits only the initial chunks (`chunks: 'initial'`), so every lazily loaded page
 * carried its own copy of `@tarojs/components`, NutUI and the kit: a fresh visitor, sent from 首页 to 登录,
 * downloaded them twice. Modules two or more pages share go to shared async chunks instead, one per set of
 * pages that use them (webpack's default naming), so a page loads only what it needs, once.
 */
type Chain = {
  optimization: {
    get(key: 'splitChunks'): { cacheGroups?: Record<string, unknown> } | false | undefined;
    splitChunks(options: unknown): unknown;
  };
};

export function splitSharedPageModules(chain: Chain): void {
  const current = chain.optimization.get('splitChunks');
  if (!current) return;
  chain.optimization.splitChunks({
    ...current,
    cacheGroups: {
      ...current.cacheGroups,
      sharedByPages: {
        chunks: 'async',
        minChunks: 2,
        minSize: 8_000,
        priority: 1,
        reuseExistingChunk: true,
      },
    },
  });
}
