export default definePageConfig({
  navigationBarTitleText: '星火志愿',
  enablePullDownRefresh: true,
});
