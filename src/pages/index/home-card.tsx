import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { openAppPage } from '@/navigation/open-app-page';

export interface HomeCardProps {
  /** Card heading, e.g. 我的活动. */
  title: string;
  /** A number shown as a badge beside the title; none when absent or 0. */
  count?: number;
  /** The count is capped: show it as `20+`. */
  more?: boolean;
  /** Page the card opens (as notifications name pages: tab pages switch tabs). */
  page: string;
  /** Runs before the page opens (e.g. marking messages read). */
  onOpen?: () => void;
  children: ReactNode;
}

/** One "what's next" card of 首页: a heading, a few lines, the whole card opens its page. */
export function HomeCard({ title, count, more, page, onOpen, children }: HomeCardProps) {
  return (
    <View
      className="home-card"
      onClick={() => {
        onOpen?.();
        void openAppPage(page);
      }}
    >
      <View className="home-card__head">
        <Text className="home-card__title">{title}</Text>
        {count ? <Text className="home-card__badge">{more ? `${count}+` : count}</Text> : null}
        <Text className="home-card__arrow">›</Text>
      </View>
      <View className="home-card__body">{children}</View>
    </View>
  );
}

export interface HomeLineProps {
  main: string;
  hint?: string;
  /** A line that opens a page of its own (one answered question of several): the card's page is not opened. */
  page?: string;
  onOpen?: () => void;
}

/** One line of a card: main text and a quieter second part. */
export function HomeLine({ main, hint, page, onOpen }: HomeLineProps) {
  const open = page
    ? (event: { stopPropagation: () => void }) => {
        event.stopPropagation();
        onOpen?.();
        void openAppPage(page);
      }
    : undefined;
  return (
    <View className={page ? 'home-line home-line--link' : 'home-line'} onClick={open}>
      <Text className="home-line__main">{main}</Text>
      {hint ? <Text className="home-line__hint">{hint}</Text> : null}
    </View>
  );
}
