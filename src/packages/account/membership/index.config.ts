export default definePageConfig({ navigationBarTitleText: '绑定学号/工号' });
