export default definePageConfig({
  navigationBarTitleText: '志愿服务',
  enablePullDownRefresh: true,
});
