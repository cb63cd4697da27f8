export default definePageConfig({ navigationBarTitleText: '图片上传测试' });
