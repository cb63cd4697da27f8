/**
 * What the page-by-page UX check measures on the page on screen. `inspectPage` runs inside the
 * browser (page.evaluate), so it is self-contained: no imports, no closures over this module.
 */
export interface PageFindings {
  /** The page is wider than the screen (something forces a horizontal scroll). */
  overflow: string[];
  /** Tappable elements smaller than the minimum either way: "class 40×28 «text»". */
  smallTaps: string[];
  /** Text cut off by its box (overflow hidden and content larger than the box). */
  clipped: string[];
  brokenImages: string[];
  /** Tappable elements with no visible text and no aria-label (a screen reader reads nothing). */
  unlabelled: string[];
}

export function inspectPage(minTap: number): PageFindings {
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  };
  const pages = Array.from(document.querySelectorAll('.taro_page')).filter(visible);
  const root = pages[pages.length - 1] ?? document.body;
  const tabbar = Array.from(document.querySelectorAll('.taro-tabbar__tabbar')).filter(visible);
  const scopes = [root, ...tabbar];
  const all = scopes.flatMap((scope) => [scope, ...Array.from(scope.querySelectorAll('*'))]);
  const label = (el: Element) => {
    const box = el.getBoundingClientRect();
    const name = (el.getAttribute('class') || el.tagName.toLowerCase()).split(/\s+/)[0];
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 16);
    return `${name} ${Math.round(box.width)}×${Math.round(box.height)} «${text}»`;
  };
  const reactProps = (el: Element): Record<string, unknown> | undefined => {
    const key = Object.keys(el).find((name) => name.startsWith('__reactProps$'));
    return key ? ((el as unknown as Record<string, Record<string, unknown>>)[key] ?? undefined) : undefined;
  };
  const NATIVE_TAPPABLE = 'taro-switch-core, taro-checkbox-core, taro-radio-core, .nut-switch, .nut-checkbox, .nut-radio';
  // Taro's components keep their handlers in `__events` (`click`); plain React elements in their props.
  const handlers = (el: Element) => Object.keys((el as unknown as { __events?: Record<string, unknown> }).__events ?? {});
  const tappable = (el: Element) => {
    // NutUI's Tag listens for clicks whether or not anything happens; ours are labels.
    if (el.matches('.nut-tag')) return false;
    const props = reactProps(el);
    return Boolean(
      props?.onClick || props?.onTap || handlers(el).some((name) => /^(click|tap)$/.test(name)) || el.matches(NATIVE_TAPPABLE),
    );
  };
  // Controls by role or look: buttons, role=button, the kit's tappables, where a pointer cursor starts.
  const CONTROL = 'button, [role="button"], .sf-button, .sf-chip, .nut-button';
  const pointerStartsHere = (el: Element) =>
    getComputedStyle(el).cursor === 'pointer' && (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer');
  const control = (el: Element) =>
    !el.matches('.nut-tag') && (tappable(el) || el.matches(CONTROL) || pointerStartsHere(el)) && !el.parentElement?.closest(CONTROL);
  const words = (el: Element | null) => (el instanceof HTMLElement ? el.innerText : (el?.textContent ?? '')).trim() !== '';
  // Its own words, an aria-label (on it or an icon inside), or the words of the <label> around it.
  const named = (el: Element) =>
    words(el) ||
    words(el.closest('label')) ||
    el.matches('[aria-label], [aria-labelledby]') ||
    el.querySelector('[aria-label]:not([aria-label=""]), img[alt]:not([alt=""])') !== null;
  const bigEnough = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width >= minTap - 0.5 && box.height >= minTap - 0.5;
  };
  const width = window.innerWidth;
  const scrollsSideways = (el: Element) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const overflowX = getComputedStyle(node).overflowX;
      if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
    }
    return false;
  };

  const findings: PageFindings = { overflow: [], smallTaps: [], clipped: [], brokenImages: [], unlabelled: [] };
  if (document.documentElement.scrollWidth > width + 1) findings.overflow.push(`page ${document.documentElement.scrollWidth}px wide`);
  // The H5 navigation bar's 返回 / 首页 are icons too (navigation/h5-navigation-bar.ts names them).
  const bar = document.getElementById('taro-navigation-bar');
  for (const el of bar ? Array.from(bar.querySelectorAll('*')) : [])
    if (visible(el) && control(el) && !named(el)) findings.unlabelled.push(label(el));
  for (const el of all) {
    if (!visible(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && !scrollsSideways(el)) findings.overflow.push(label(el));
    if (tappable(el) && !bigEnough(el)) {
      // A small part inside a large tappable area (a Cell's arrow) lands on that area anyway.
      let covered = false;
      for (let node = el.parentElement; node && !covered; node = node.parentElement) covered = tappable(node) && bigEnough(node);
      if (!covered) findings.smallTaps.push(label(el));
    }
    if (control(el) && !named(el)) findings.unlabelled.push(label(el));
    const ownText = Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (ownText) {
      const style = getComputedStyle(el);
      const hides = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
      if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) findings.clipped.push(label(el));
    }
    if (el instanceof HTMLImageElement && el.getAttribute('src') && el.complete && el.naturalWidth === 0) {
      findings.brokenImages.push(el.getAttribute('src') ?? '');
    }
  }
  findings.overflow = findings.overflow.slice(0, 5);
  return findings;
}
