import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { SettingsProvider } from './settings/settings-context'
import { offerNewVersion } from './platform/app-update'
import { useMissingPages } from './platform/missing-pages'
import './app.scss'
import './styles/web-chrome'

function App({ children }: PropsWithChildren) {
  useLaunch(offerNewVersion)
  useMissingPages()
  return <SettingsProvider>{children}</SettingsProvider>
}

export default App
