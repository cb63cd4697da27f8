export default definePageConfig({ navigationBarTitleText: '我的成员码' });
