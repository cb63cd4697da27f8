export default definePageConfig({ navigationBarTitleText: '荣誉设置', enablePullDownRefresh: true });
