export default definePageConfig({ navigationBarTitleText: '团委管理' });
