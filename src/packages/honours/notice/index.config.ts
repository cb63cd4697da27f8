export default definePageConfig({ navigationBarTitleText: '荣誉公示', enablePullDownRefresh: true });
