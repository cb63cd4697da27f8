import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Button as NutButton, type ButtonProps as NutButtonProps } from '@nutui/nutui-react-taro';
import './index.scss';

/**
 * The one button hierarchy: `primary` (the screen's main action, solid brand red, full width),
 * `secondary` (outlined, neutral), `danger` (outlined red: refuse, revoke, remove, cancel) and `text`
 * (a brand-coloured word, for toolbar and row actions). Every variant is at least 44 × 44 pt.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'text';

export interface ButtonProps {
  variant?: ButtonVariant;
  /** Full width; primary buttons are unless `block={false}` (side by side in a row). */
  block?: boolean;
  /** Working: disabled, a spinner before the label, read as busy. */
  busy?: boolean;
  disabled?: boolean;
  className?: string;
  id?: string;
  /** For a label that is not all words (an icon, a sign). */
  ariaLabel?: string;
  openType?: NutButtonProps['openType'];
  onAgreePrivacyAuthorization?: NutButtonProps['onAgreePrivacyAuthorization'];
  onClick?: NutButtonProps['onClick'];
  children: ReactNode;
}

const nutLook: Record<ButtonVariant, Pick<NutButtonProps, 'type' | 'fill'>> = {
  primary: { type: 'primary', fill: 'solid' },
  secondary: { type: 'default', fill: 'outline' },
  danger: { type: 'primary', fill: 'outline' },
  text: { type: 'default', fill: 'none' },
};

export function Button({
  variant = 'secondary',
  block = variant === 'primary',
  busy = false,
  disabled = false,
  className = '',
  ariaLabel,
  children,
  ...native
}: ButtonProps) {
  const classes = ['sf-button', `sf-button--${variant}`, block ? 'sf-button--block' : '', busy ? 'sf-button--busy' : '', className];
  return (
    <NutButton
      {...native}
      {...nutLook[variant]}
      className={classes.filter(Boolean).join(' ')}
      block={block}
      disabled={disabled || busy}
      aria-label={ariaLabel}
      aria-busy={busy || undefined}
    >
      {busy ? <View className="sf-button__spinner" /> : null}
      {children}
    </NutButton>
  );
}
