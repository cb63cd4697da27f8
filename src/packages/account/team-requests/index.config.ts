export default definePageConfig({ navigationBarTitleText: '我的入队申请', enablePullDownRefresh: true });
