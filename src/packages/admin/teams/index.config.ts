export default definePageConfig({ navigationBarTitleText: '服务队成员', enablePullDownRefresh: true });
