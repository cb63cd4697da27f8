// app.config.ts calls Taro's build-time global; outside the build it only has to hand its object back.
(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig ??= (config) => config;
