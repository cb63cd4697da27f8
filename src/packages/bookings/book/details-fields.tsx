import { Input, Textarea } from '@tarojs/components';
import { bookingFieldLimits, type BookingFormErrors, type BookingFormInput } from '@core/booking-fields';
import type { DetailsKind } from '@core/booking.types';
import { FormField } from '@/components/form-field';

export interface DetailsFieldsProps {
  /** Which description the service asks for. */
  kind: DetailsKind;
  form: BookingFormInput;
  errors: BookingFormErrors;
  onChange: (patch: Partial<BookingFormInput>) => void;
}

interface FieldProps {
  name: keyof BookingFormInput;
  label: string;
  placeholder: string;
  maxlength: number;
}

/** The fields of each kind, top to bottom: the order the form scrolls to its first error in. */
export const detailsFieldOrder: (keyof BookingFormInput)[] = ['plate', 'model', 'colour', 'brand', 'symptom'];

/** The car (plate, model, colour) or the PC (brand, symptom), all required, each error under its field. */
export function DetailsFields({ kind, form, errors, onChange }: DetailsFieldsProps) {
  const field = ({ name, label, placeholder, maxlength }: FieldProps) => (
    <FormField key={name} name={name} label={label} required error={errors[name]} className={`booking-form__${name}`}>
      <Input
        className="bookings-page__input"
        value={form[name]}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange({ [name]: e.detail.value })}
      />
    </FormField>
  );

  if (kind === 'car')
    return (
      <>
        {field({ name: 'plate', label: '车牌号', placeholder: '例如 桂A12345', maxlength: 10 })}
        {field({ name: 'model', label: '车型', placeholder: '例如 大众朗逸', maxlength: bookingFieldLimits.model })}
        {field({ name: 'colour', label: '颜色', placeholder: '例如 白色', maxlength: bookingFieldLimits.colour })}
      </>
    );
  if (kind === 'pc')
    return (
      <>
        {field({ name: 'brand', label: '电脑品牌', placeholder: '例如 联想 小新', maxlength: bookingFieldLimits.brand })}
        <FormField name="symptom" label="故障现象" required stacked error={errors.symptom} className="booking-form__symptom">
          <Textarea
            className="bookings-page__textarea"
            value={form.symptom}
            maxlength={bookingFieldLimits.symptom}
            placeholder="例如 开机很慢、经常弹窗"
            onInput={(e) => onChange({ symptom: e.detail.value })}
          />
        </FormField>
      </>
    );
  return null;
}
