import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { SettingsProvider } from './settings/settings-context'
import { offerNewVersion } from './app-update'
import './app.scss'
import './styles/web-chrome'

function App({ children }: PropsWithChildren) {
  useLaunch(offerNewVersion)
  return <SettingsProvider>{children}</SettingsProvider>
}

export default App
