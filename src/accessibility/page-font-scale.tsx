import { createElement, useEffect, useState, type ComponentType } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { FONT_SCALE_CHANGED, currentFontScale, isElderMode } from './font-scale';

type Mount = (component: ComponentType<object>, id: string, callback?: () => void) => void;
type TaroApp = { mount: Mount };

/** The factor and 长辈模式 as they are now, re-read when 长辈模式 is switched. */
function useFontScale() {
  const read = () => ({ scale: currentFontScale(), elder: isElderMode() });
  const [state, setState] = useState(read);
  useEffect(() => {
    const refresh = () => setState(read());
    Taro.eventCenter.on(FONT_SCALE_CHANGED, refresh);
    return () => {
      Taro.eventCenter.off(FONT_SCALE_CHANGED, refresh);
    };
  }, []);
  return state;
}

const wrapped = new WeakMap<ComponentType<object>, ComponentType<object>>();

/** The page inside a root that carries the user's factor (theme.scss derives every size from it there). */
function withPageFontScale(Page: ComponentType<object>): ComponentType<object> {
  const known = wrapped.get(Page);
  if (known) return known;
  function ScaledPage(props: object) {
    const { scale, elder } = useFontScale();
    return (
      <View className={`sf-page-root${elder ? ' sf-elder' : ''}`} style={`--sf-font-scale: ${scale};`}>
        {createElement(Page, props)}
      </View>
    );
  }
  wrapped.set(Page, ScaledPage);
  return ScaledPage;
}

/**
 * WeChat: every page Taro mounts gets a root with `--sf-font-scale` set to the user's WeChat font
 * size, so no page carries code for it. Taro mounts pages through `Current.app.mount`, which it
 * sets once while app.js runs; called from app.ts before that, this wraps it the moment it is set.
 */
export function installPageFontScale(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const current = Taro.getCurrentInstance() as { app: TaroApp | null };
  let app = current.app;
  const wrap = (next: TaroApp | null) => {
    if (!next) return next;
    const mount = next.mount.bind(next);
    next.mount = (component, id, callback) => mount(withPageFontScale(component), id, callback);
    return next;
  };
  Object.defineProperty(current, 'app', {
    configurable: true,
    enumerable: true,
    get: () => app,
    set: (next: TaroApp | null) => {
      app = wrap(next);
    },
  });
  wrap(app);
}
