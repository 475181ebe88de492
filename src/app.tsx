import type { PropsWithChildren } from 'react'
import { SettingsProvider } from './settings/settings-context'
import './app.scss'
import './styles/web-chrome'

function App({ children }: PropsWithChildren) {
  return <SettingsProvider>{children}</SettingsProvider>
}

export default App
