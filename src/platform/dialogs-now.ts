import Taro from '@tarojs/taro'

/** Taro's toast and dialog, called directly (dialogs.ts loads this module on the web when first needed). */
export const showToast = (options: Taro.showToast.Option): Promise<TaroGeneral.CallbackResult> => Taro.showToast(options)

export const showModal = (options: Taro.showModal.Option): Promise<Taro.showModal.SuccessCallbackResult> => Taro.showModal(options)
