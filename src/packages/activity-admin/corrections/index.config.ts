export default definePageConfig({ navigationBarTitleText: '补录申请', enablePullDownRefresh: true });
