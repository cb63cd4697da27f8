import type { ReactNode } from 'react';
import { Text } from '@tarojs/components';
import './index.scss';

export interface ChipProps {
  /** A filter or choice that is on: a thicker outline and bold type, so it never rests on colour alone. */
  selected?: boolean;
  /** Kept with the chip (tests and styles address one chip by it); `<className>--active` when selected. */
  className?: string;
  onClick?: () => void;
  children: ReactNode;
}

/** The one chip: tag filters, one-of choices, tag pickers. At least 44 × 44 pt. */
export function Chip({ selected = false, className = '', onClick, children }: ChipProps) {
  const own = className.split(' ').filter(Boolean);
  const active = selected ? own.map((name) => `${name}--active`) : [];
  return (
    <Text
      className={['sf-chip', selected ? 'sf-chip--selected' : '', ...own, ...active].filter(Boolean).join(' ')}
      aria-pressed={onClick ? selected : undefined}
      onClick={onClick}
    >
      {children}
    </Text>
  );
}
