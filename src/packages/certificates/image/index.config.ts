export default definePageConfig({ navigationBarTitleText: '证明图片' });
