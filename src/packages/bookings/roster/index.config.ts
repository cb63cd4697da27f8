export default definePageConfig({ navigationBarTitleText: '队员管理', enablePullDownRefresh: true });
