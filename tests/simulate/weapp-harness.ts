/**
 * Loads Taro's real weapp output (dist/) into miniprogram-simulate. The simulator
 * only knows custom components, so App and Page get small stand-ins, and `wx.cloud`
 * is the WeChat client runtime we control: it stands in for the platform, not for
 * our backend (the functions are tested through the local host elsewhere).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve(__dirname, '..', '..', 'dist');

type Handler = (this: PageInstance, ...args: unknown[]) => unknown;
type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };
type PageInstance = Record<string, unknown> & { route?: string };
export type CloudCall = { name: string; data: Record<string, unknown> };
export type CloudAnswer = (call: CloudCall) => unknown | Promise<unknown>;
/** What the user taps in WeChat's subscription prompt, per template id ('accept' | 'reject'). */
export type SubscriptionChoice = (templateId: string) => 'accept' | 'reject';

export interface SimulatedComponent {
  dom: HTMLElement;
  instance: PageInstance;
  querySelector(selector: string): SimulatedComponent | null;
  querySelectorAll(selector: string): SimulatedComponent[];
  dispatchEvent(name: string, options?: object): void;
  attach(parent: Element): void;
  detach(): void;
}

interface Simulate {
  load(path: string, tagName: string, options: { rootPath: string; compiler: 'official' | 'simulate' }): string;
  render(id: string, properties?: object): SimulatedComponent;
  sleep(ms?: number): Promise<void>;
}

export function assertWeappBuild(): void {
  if (!existsSync(path.join(DIST, 'app.json'))) {
    throw new Error('dist/ has no weapp build. Run `npm run build:weapp` before the simulate tests.');
  }
}

/** Everything the test can steer or inspect about the simulated WeChat client. */
export interface WeappHarness {
  simulate: Simulate;
  cloudCalls: CloudCall[];
  /** Options each `wx.cloud.init` received. */
  cloudInits: unknown[];
  answerCloud(answer: CloudAnswer): void;
  /** The template ids of each subscription prompt shown (`wx.requestSubscribeMessage`), in order. */
  subscriptionPrompts: string[][];
  /** How the user answers the next prompts (default: accepts every template). */
  answerSubscriptions(choice: SubscriptionChoice): void;
  /** Renders a page of the build, attached and loaded, as WeChat would open it. */
  /** `query` is what WeChat passes to onLoad (the page URL's parameters). */
  openPage(route: string, query?: Record<string, string>): SimulatedComponent;
}

const asHandler = (value: unknown) => value as Handler;

/** WeChat's Page() takes lifecycle methods at the top level; Component() wants them sorted. */
function pageAsComponent(route: string, options: PageOptions, query: Record<string, string> = {}) {
  const methods: Record<string, Handler> = {};
  for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = asHandler(value);
  return {
    data: options.data ?? {},
    methods,
    lifetimes: {
      attached(this: PageInstance) {
        this.route = route;
        methods.onLoad?.call(this, query);
        methods.onShow?.call(this);
      },
      ready(this: PageInstance) {
        methods.onReady?.call(this);
      },
      detached(this: PageInstance) {
        methods.onUnload?.call(this);
      },
    },
  };
}

/** `wx` replaces APIs of the simulated client (e.g. `getAppBaseInfo` with the user's font size). */
export function createWeappHarness(options: { wx?: Record<string, unknown> } = {}): WeappHarness {
  assertWeappBuild();
  // miniprogram-simulate installs its own `wx`; it must exist before we extend it.
  const simulate = require('miniprogram-simulate') as Simulate;
  const g = globalThis as unknown as Record<string, unknown>;
  const wx = g.wx as Record<string, unknown>;

  const cloudCalls: CloudCall[] = [];
  const cloudInits: unknown[] = [];
  let answer: CloudAnswer = () => {
    throw new Error('no cloud answer set');
  };
  // Taro copies `Object.keys(wx)` once when taro.js loads: add every API first.
  wx.cloud = {
    init: (options: unknown) => {
      cloudInits.push(options);
    },
    callFunction: async ({ name, data }: CloudCall) => {
      cloudCalls.push({ name, data });
      return { result: await answer({ name, data }), errMsg: 'cloud.callFunction:ok', requestID: 'simulated' };
    },
  };
  const subscriptionPrompts: string[][] = [];
  let subscriptionChoice: SubscriptionChoice = () => 'accept';
  // WeChat's prompt, answered as the test says; a call with more than 3 templates fails as in WeChat.
  wx.requestSubscribeMessage = ({
    tmplIds,
    success,
    fail,
  }: {
    tmplIds: string[];
    success?: (r: object) => void;
    fail?: (e: object) => void;
  }) => {
    subscriptionPrompts.push([...tmplIds]);
    if (tmplIds.length > 3) return fail?.({ errMsg: 'requestSubscribeMessage:fail:tmplIds length over limit', errCode: 20003 });
    success?.({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(tmplIds.map((id) => [id, subscriptionChoice(id)])) });
  };
  wx.stopPullDownRefresh ??= () => undefined;
  wx.navigateTo ??= () => undefined;
  wx.showToast ??= () => undefined;
  // A user who has not yet agreed to the 隐私保护指引, as on a first launch.
  wx.getPrivacySetting ??= ({ success }: { success?: (result: object) => void }) =>
    success?.({ needAuthorization: true, privacyContractName: '《星火志愿小程序隐私保护指引》', errMsg: 'getPrivacySetting:ok' });
  wx.onNeedPrivacyAuthorization ??= () => undefined;
  Object.assign(wx, options.wx);

  let app: Record<string, Handler> | undefined;
  let nextPageRoute = '';
  let nextPageQuery: Record<string, string> = {};
  const openPages: PageInstance[] = [];
  g.App = (options: Record<string, Handler>) => {
    app = options;
  };
  // The simulator registers a page (and its Taro wrappers) by running its file, and a file runs once:
  // opening a page again replays what its first run declared, so one test can open a route twice.
  const utils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void };
  const runJs = utils.runJs;
  const declarations = new Map<string, () => void>();
  let running: { file: string; declared: boolean } | null = null;
  utils.runJs = (file) => {
    running = { file, declared: false };
    runJs(file);
    if (!running.declared) declarations.get(file)?.();
    running = null;
  };
  const declare = (replay: () => void) => {
    if (!running || running.declared) return;
    running.declared = true;
    declarations.set(running.file, replay);
  };
  const component = g.Component as (definition: object) => void;
  g.Component = (definition: object) => {
    declare(() => component(definition));
    component(definition);
  };
  g.Page = (options: PageOptions) => {
    // Replayed through Page, so a page opened again gets the new route and query.
    declare(() => (g.Page as (o: PageOptions) => void)(options));
    component(pageAsComponent(nextPageRoute, options, nextPageQuery));
  };
  g.getApp = () => app;
  g.getCurrentPages = () => openPages;

  // The WeChat client loads app.js first; it pulls in runtime, taro, vendors and common.
  require(path.join(DIST, 'app.js'));
  if (!app) throw new Error('dist/app.js did not call App()');
  app.onLaunch?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 });
  app.onShow?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 });

  return {
    simulate,
    cloudCalls,
    cloudInits,
    answerCloud(next) {
      answer = next;
    },
    subscriptionPrompts,
    answerSubscriptions(choice) {
      subscriptionChoice = choice;
    },
    openPage(route, query = {}) {
      nextPageRoute = route;
      nextPageQuery = query;
      const id = simulate.load(path.join(DIST, route), 'page', { rootPath: DIST, compiler: 'official' });
      const page = simulate.render(id);
      page.attach(document.createElement('parent-wrapper'));
      openPages.push(page.instance);
      return page;
    },
  };
}

/** Polls until `check` passes: Taro renders through setData on later ticks. */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
