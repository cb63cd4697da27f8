export default definePageConfig({ navigationBarTitleText: '学期与时长导出', enablePullDownRefresh: true });
