/**
 * Colours for the few WeChat APIs that take a hex string instead of CSS (showModal's
 * confirmColor). Keep in step with `theme.scss`, the one place for colours in styles.
 */
export const brandColor = '#D8342C';
