import type { ReactNode } from 'react';
import { Text } from '@tarojs/components';
import './index.scss';

export interface PillProps {
  /** `brand` for a state still in motion or held (已报名, 审核中, a role); `neutral` for ended ones. */
  tone?: 'brand' | 'neutral';
  /** Kept with the pill (tests and styles address one pill by it). */
  className?: string;
  children: ReactNode;
}

/** The one read-only tag: statuses, roles, a question's tags, 置顶. Chips are the tappable ones. */
export function Pill({ tone = 'brand', className = '', children }: PillProps) {
  return <Text className={['sf-pill', `sf-pill--${tone}`, className].filter(Boolean).join(' ')}>{children}</Text>;
}
