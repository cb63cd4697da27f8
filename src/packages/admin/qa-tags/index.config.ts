export default definePageConfig({ navigationBarTitleText: '问答标签', enablePullDownRefresh: true });
