export default definePageConfig({ navigationBarTitleText: '学年换届' });
