export default definePageConfig({
  navigationBarTitleText: '校勘说明',
})
