import { usePageNotFound } from '@tarojs/taro'
import { openHomeForMissingPage } from './page-not-found'

/** On the web, Taro's router reports a link to a page the app does not have to App.onPageNotFound. */
export function useMissingPages(): void {
  usePageNotFound(openHomeForMissingPage)
}
