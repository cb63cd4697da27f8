/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Build mode; affects minification. */
    NODE_ENV: 'development' | 'production';
    /** Target platform of this build; the unused branch of `if (TARO_ENV === …)` is dropped. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    /** CloudBase environment id for `Taro.cloud.init` (from .env). */
    TARO_APP_CLOUD_ENV: string;
    /** Origin of the function host on H5, '' for same origin (from .env). */
    TARO_APP_API_BASE: string;
  }
}
