import { useRouter } from '@tarojs/taro'
import { parseKnownId } from '../domain/route-params'

/** The page's `id` query parameter if it names a known item, otherwise null (never throws). */
export function useRouteId<T extends string>(isKnown: (value: string) => value is T): T | null {
  const { params } = useRouter()
  return parseKnownId(params?.id, isKnown)
}
