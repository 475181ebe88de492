export default defineAppConfig({
  pages: ['pages/report/index', 'pages/section/index', 'pages/corrections/index'],
  window: {
    navigationBarTitleText: '花桥镇 · 政务公开',
    navigationBarBackgroundColor: '#1d4e89',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f4f6',
  },
  lazyCodeLoading: 'requiredComponents',
})
