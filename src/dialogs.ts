import type Taro from '@tarojs/taro'

/**
 * The platform's toast, dialog and clipboard (whose web version confirms with a toast). On the web
 * their code is not run at start: Taro's web toast and dialog are 25 KB that every page otherwise ran
 * to show a message most visits never see. The browser fetches that chunk when it is idle (webpack's
 * prefetch: no code runs), so a tap on 复制 does not wait for the network and stays within the tap's
 * permission to write the clipboard. WeChat's are built in (dialogs.weapp.ts).
 */
const now = () => import(/* webpackPrefetch: true */ './dialogs-now')

export const showToast = (options: Taro.showToast.Option): Promise<TaroGeneral.CallbackResult> => now().then((ui) => ui.showToast(options))

export const showModal = (options: Taro.showModal.Option): Promise<Taro.showModal.SuccessCallbackResult> => now().then((ui) => ui.showModal(options))

export const setClipboardData = (options: Taro.setClipboardData.Option): Promise<TaroGeneral.CallbackResult> => now().then((ui) => ui.setClipboardData(options))
