/**
 * H5 only. WeChat draws the navigation bar natively; on H5 Taro draws its own (#taro-navigation-bar,
 * shown because app.config.ts sets navigationStyle 'default'): the page's navigationBarTitleText,
 * 返回 when there is a page to go back to, 首页 when the page was opened directly by a link. Its
 * two buttons are bare divs with an icon: give them a name a screen reader says and make them
 * reachable by keyboard. Call once at launch (the bar exists before the app launches).
 */
export function labelH5NavigationBar(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  const bar = document.getElementById('taro-navigation-bar');
  if (!bar) return;
  bar.setAttribute('role', 'banner');
  const buttons: [string, string][] = [
    ['taro-navigation-bar-back', '返回'],
    ['taro-navigation-bar-home', '回到首页'],
  ];
  for (const [className, label] of buttons) {
    const button = bar.getElementsByClassName(className)[0] as HTMLElement | undefined;
    if (!button) continue;
    button.setAttribute('role', 'button');
    button.setAttribute('aria-label', label);
    button.tabIndex = 0;
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') button.click();
    });
  }
  const title = bar.getElementsByClassName('taro-navigation-bar-title')[0];
  title?.setAttribute('role', 'heading');
  title?.setAttribute('aria-level', '1');
}
