export default definePageConfig({ navigationBarTitleText: '我的志愿时长', enablePullDownRefresh: true });
