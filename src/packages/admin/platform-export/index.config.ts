export default definePageConfig({ navigationBarTitleText: '志愿平台导出', enablePullDownRefresh: true });
