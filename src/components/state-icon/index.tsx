import { Image } from '@tarojs/components';
import ok from '@/assets/state/ok.svg';
import alert from '@/assets/state/alert.svg';
import pending from '@/assets/state/pending.svg';
import './index.scss';

/** 成功 (a tick), 需要处理 (an exclamation), 等待中 (a clock). */
export type IconState = 'ok' | 'alert' | 'pending';

const sources: Record<IconState, string> = { ok, alert, pending };
const words: Record<IconState, string> = { ok: '成功', alert: '需要处理', pending: '等待中' };

export interface StateIconProps {
  state: IconState;
  /** What the icon says to a screen reader; defaults to the state's word. */
  label?: string;
  size?: 'm' | 'l';
  className?: string;
}

/**
 * A state drawn as an icon, never as a text glyph (√ / !). SVG files through Image, the way the
 * empty states draw theirs, so weapp and H5 render the same picture. Pair it with a word.
 */
export function StateIcon({ state, label, size = 'm', className = '' }: StateIconProps) {
  return (
    <Image
      className={`state-icon state-icon--${size} ${className}`}
      src={sources[state]}
      mode="aspectFit"
      aria-label={label ?? words[state]}
    />
  );
}
