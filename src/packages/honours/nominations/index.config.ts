export default definePageConfig({ navigationBarTitleText: '评优名单', enablePullDownRefresh: true });
