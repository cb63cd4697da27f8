import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { IssuedCertificate } from '@core/certificates.contract';
import { Button } from '@/components/button';
import { openExport } from '@/components/open-export/open-export';
import { routes } from '@/navigation/routes';
import { certificateDocument } from '@/services/certificates';
import './certificate-files.scss';

/**
 * 下载 PDF and 保存图片 for an issued certificate (its holder's 我的证明, an admin's view of it). WeChat
 * downloads the PDF and opens the document viewer (转发/保存 in its menu); H5 downloads the file.
 * A revoked certificate says so and offers neither.
 */
export function CertificateFiles({ certificate }: { certificate: Pick<IssuedCertificate, 'certificateNo' | 'status'> }) {
  const [downloading, setDownloading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (certificate.status === 'revoked') return <Text className="certificate-files__revoked">该证明已撤销，不能再下载 PDF 或保存图片</Text>;

  async function download() {
    if (downloading) return;
    setDownloading(true);
    setProblem(null);
    const reply = await certificateDocument(certificate.certificateNo);
    setProblem(reply.ok ? await openExport(reply.data) : reply.message);
    setDownloading(false);
  }

  return (
    <View className="certificate-files">
      <View className="certificate-files__actions">
        <Button className="certificate-files__pdf" variant="primary" block={false} busy={downloading} onClick={() => void download()}>
          {downloading ? '正在生成 PDF…' : '下载 PDF'}
        </Button>
        <Button
          className="certificate-files__image"
          variant="secondary"
          onClick={() => void Taro.navigateTo({ url: `${routes.certificateImage}?no=${encodeURIComponent(certificate.certificateNo)}` })}
        >
          保存图片
        </Button>
      </View>
      {problem && <Text className="certificate-files__error">{problem}</Text>}
    </View>
  );
}
