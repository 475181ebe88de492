import type { PropsWithChildren } from 'react'
import { useLaunch, usePageNotFound } from '@tarojs/taro'
import { SettingsProvider } from './settings/settings-context'
import { offerNewVersion } from './app-update'
import { openHomeForMissingPage } from './page-not-found'
import './app.scss'
import './styles/web-chrome'

function App({ children }: PropsWithChildren) {
  useLaunch(offerNewVersion)
  usePageNotFound(openHomeForMissingPage)
  return <SettingsProvider>{children}</SettingsProvider>
}

export default App
