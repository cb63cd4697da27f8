export default definePageConfig({ navigationBarTitleText: '本队数据', enablePullDownRefresh: true });
