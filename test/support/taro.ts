// Stand-in for '@tarojs/taro' in unit and component tests: the real H5 APIs, plus page hooks
// that record what a page registered (the real ones only work inside Taro's page wrapper).
import * as TaroH5 from '@tarojs/taro-h5'

type ShareAppMessage = () => { title: string; path: string }
type ShareTimeline = () => { title: string; query: string }

export const pageHarness = {
  params: {} as Record<string, string | undefined>,
  shareAppMessage: null as ShareAppMessage | null,
  shareTimeline: null as ShareTimeline | null,
  reset(params: Record<string, string | undefined> = {}) {
    this.params = params
    this.shareAppMessage = null
    this.shareTimeline = null
  },
}

export function useRouter() {
  return { params: pageHarness.params, path: '' }
}
export function useShareAppMessage(handler: ShareAppMessage) {
  pageHarness.shareAppMessage = handler
}
export function useShareTimeline(handler: ShareTimeline) {
  pageHarness.shareTimeline = handler
}
/** No router runs here (the real one needs Taro's app config): no pages are open. */
function getCurrentPages() {
  return []
}
export function useLoad() {}
export function useDidShow() {}

const h5 = TaroH5 as unknown as { default?: Record<string, unknown> } & Record<string, unknown>
const Taro = { ...(h5.default ?? {}), ...h5, getCurrentPages, useRouter, useShareAppMessage, useShareTimeline, useLoad, useDidShow }

// Everything else from the real H5 APIs (getCurrentPages is the stand-in above).
export * from '@tarojs/taro-h5'
export default Taro
