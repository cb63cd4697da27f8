export default definePageConfig({ navigationBarTitleText: '我的贡献', enablePullDownRefresh: true });
