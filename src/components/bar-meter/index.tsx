import { Text, View } from '@tarojs/components';
import './index.scss';

export interface BarMeterProps {
  /** What the bar stands for, left of it (a month, a team, 5 分); a long one wraps, never clips. */
  label?: string;
  /** 0–100; clamped. */
  percent: number;
  /** The figure right of the bar (e.g. 12.5 小时). */
  value?: string;
  /** An extra class, for a caller's own selectors. */
  className?: string;
}

/**
 * One horizontal bar drawn with plain views (progress, a chart's row): no canvas and no chart
 * library, so it costs a few hundred bytes and looks the same in weapp and H5 (docs/decisions.md).
 */
export function BarMeter({ label, percent, value, className }: BarMeterProps) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <View className={`bar-meter ${className ?? ''}`}>
      {label !== undefined && <Text className="bar-meter__label">{label}</Text>}
      <View className="bar-meter__track">
        <View className="bar-meter__fill" style={{ width: `${width}%` }} />
      </View>
      {value !== undefined && <Text className="bar-meter__value">{value}</Text>}
    </View>
  );
}
