import type { IPluginContext } from '@tarojs/service'
import type { IComponentConfig } from '@tarojs/taro/types/compile/hooks'

/**
 * Taro writes a WXML template for `scroll-view` into base.wxml whether or not the app uses one (its
 * runner lists it among the components every app gets), one per tree level it may nest to: about
 * 9.4 KB of the main package for a component this app never renders. Taro's parser adds any component
 * the code does use back to this list, so a ScrollView written later still gets its templates.
 */
export default (ctx: IPluginContext) => {
  ctx.modifyComponentConfig(({ componentConfig }: { componentConfig: IComponentConfig }) => {
    componentConfig.includes.delete('scroll-view')
  })
}
