export default definePageConfig({ navigationBarTitleText: '团委通知', enablePullDownRefresh: true });
