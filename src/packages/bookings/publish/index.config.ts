export default definePageConfig({ navigationBarTitleText: '发布时段' });
