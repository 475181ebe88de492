import type { PropsWithChildren } from 'react'
import './app.scss'
import './styles/web-chrome'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
