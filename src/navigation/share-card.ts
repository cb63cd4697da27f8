import { useShareAppMessage } from '@tarojs/taro';

/** What a detail page puts on its WeChat share card; null while it has nothing to show yet. */
export interface ShareCard {
  title: string;
  /** The page URL with its one query, so a cold start from the card opens the same thing. */
  path: string;
  /** Omitted: WeChat takes the top of the page (5:4) as the picture. */
  imageUrl?: string;
}

/**
 * The page's 转发 card (weapp; the page config must set `enableShareAppMessage`). Before the data
 * loads the card still opens the page, under the app's name.
 */
export function useShareCard(card: ShareCard | null, fallbackPath: string): void {
  useShareAppMessage(() => card ?? { title: '星火志愿', path: fallbackPath });
}
