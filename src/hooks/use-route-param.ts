import { useRouter } from '@tarojs/taro'

/** A raw query parameter of the page's link (undefined when absent); parse it with domain/route-params. */
export function useRouteParam(name: string): string | undefined {
  const { params } = useRouter()
  const value = params?.[name]
  return typeof value === 'string' ? value : undefined
}
