import type Taro from '@tarojs/taro'

/**
 * The platform's toast and dialog. On the web they load when first used: Taro's web versions are
 * 25 KB of code that every page otherwise ran at start, to show a message most visits never see.
 * (Not prefetched: in Lighthouse's slow-4G runs that cost the report home more than it saved.)
 * WeChat's are built in (dialogs.weapp.ts).
 */
export const showToast = (options: Taro.showToast.Option): Promise<TaroGeneral.CallbackResult> => import('./dialogs-now').then((now) => now.showToast(options))

export const showModal = (options: Taro.showModal.Option): Promise<Taro.showModal.SuccessCallbackResult> =>
  import('./dialogs-now').then((now) => now.showModal(options))
