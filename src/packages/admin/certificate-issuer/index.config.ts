export default definePageConfig({ navigationBarTitleText: '出具单位设置', enablePullDownRefresh: true });
