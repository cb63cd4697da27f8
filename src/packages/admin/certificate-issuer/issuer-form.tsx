import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { IssuerSettings } from '@core/certificates.contract';
import { fieldLabels } from '@core/field-labels';
import { FormField } from '@/components/form-field';
import { PhotoPicker } from '@/components/photo-picker';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { saveCertificateIssuer } from '@/services/certificates';

type TextField = Exclude<keyof IssuerSettings, 'sealFileId'>;

const FIELDS: { key: TextField; label: string; placeholder: string; maxlength: number }[] = [
  { key: 'organisation', label: '出具单位', placeholder: '例如：星火学院团委', maxlength: 60 },
  { key: 'orgCode', label: '编号前缀', placeholder: '2–12 位大写字母或数字，如 SFQC', maxlength: 12 },
  { key: 'personInCharge', label: '负责人', placeholder: '单位负责人姓名', maxlength: 40 },
  { key: 'handlingOfficer', label: '经办人', placeholder: '经办人姓名', maxlength: 40 },
  { key: 'contact', label: '联系电话', placeholder: '例如：0771-1234567', maxlength: 40 },
];

const fieldOrder = FIELDS.map((field) => field.key);
const serverLabels = Object.fromEntries(FIELDS.map((field) => [field.key, fieldLabels[field.key]])) as Record<TextField, string>;

/** The contract's rules on the typed form (certificates.contract.ts saveIssuer), in the form's own labels. */
function issuerErrors(form: IssuerSettings): FieldErrors<TextField> {
  const errors: FieldErrors<TextField> = {};
  if (form.organisation.trim().length < 2) errors.organisation = '请填写出具单位名称（至少 2 个字）';
  if (!/^[A-Z0-9]{2,12}$/.test(form.orgCode.trim().toUpperCase())) errors.orgCode = '编号前缀应为 2–12 位大写字母或数字';
  if (!form.personInCharge.trim()) errors.personInCharge = '请填写负责人';
  if (!form.handlingOfficer.trim()) errors.handlingOfficer = '请填写经办人';
  if (form.contact.trim().length < 5) errors.contact = '请填写联系电话（至少 5 位）';
  return errors;
}

const EMPTY: IssuerSettings = { organisation: '', orgCode: '', personInCharge: '', handlingOfficer: '', contact: '', sealFileId: null };

/** The issuer block every certificate states, and the seal printed on it; saved for certificates issued from now on. */
export function IssuerForm({ initial, onSaved }: { initial: IssuerSettings | null; onSaved: (issuer: IssuerSettings) => void }) {
  const [form, setForm] = useState<IssuerSettings>(initial ?? EMPTY);
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const update = (patch: Partial<IssuerSettings>) => setForm((previous) => ({ ...previous, ...patch }));
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  // A fixed row loses its error; rows not yet complained about stay quiet until the next save.
  useEffect(() => recheck(issuerErrors(form)), [form, recheck]);

  async function save() {
    if (sending || uploading) return;
    if (fieldErrors.show(issuerErrors(form))) return;
    setSending(true);
    const reply = await saveCertificateIssuer({
      organisation: form.organisation.trim(),
      orgCode: form.orgCode.trim().toUpperCase(),
      personInCharge: form.personInCharge.trim(),
      handlingOfficer: form.handlingOfficer.trim(),
      contact: form.contact.trim(),
      sealFileId: form.sealFileId,
    });
    setSending(false);
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, serverLabels) || toastMessage(reply.message));
    void toastSuccess('已保存');
    onSaved(reply.data.issuer);
  }

  return (
    <View className="issuer-form">
      <View className="issuer-form__group">
        {FIELDS.map((field) => (
          <FormField
            key={field.key}
            name={field.key}
            label={field.label}
            required
            error={errors[field.key]}
            className={`issuer-form__field--${field.key}`}
          >
            <Input
              className="issuer-form__input"
              value={form[field.key]}
              maxlength={field.maxlength}
              placeholder={field.placeholder}
              onInput={(event) => update({ [field.key]: event.detail.value })}
            />
          </FormField>
        ))}
      </View>
      <Text className="admin-page__hint">
        证明编号为「编号前缀-年份-序号」，如 {form.orgCode.trim().toUpperCase() || 'SFQC'}-2026-00001。
      </Text>
      <View className="issuer-form__group issuer-form__seal">
        <Text className="issuer-form__section">印章图片</Text>
        <PhotoPicker
          purpose="certificate-seal"
          value={form.sealFileId ? [form.sealFileId] : []}
          onChange={(fileIds) => update({ sealFileId: fileIds[0] ?? null })}
          max={1}
          deleteOnRemove={false}
          disabled={sending}
          onUploadingChange={setUploading}
        />
        <Text className="admin-page__hint">建议上传透明背景的 PNG 印章；更换后只影响此后出具的证明。</Text>
      </View>
      <Button className="issuer-form__save" variant="primary" disabled={sending || uploading} onClick={save}>
        {sending ? '保存中…' : '保存'}
      </Button>
    </View>
  );
}
