import { TextDialog } from '@/components/text-dialog';

export interface ReasonDialogProps {
  /** Whom the rejection is about, shown in the title. */
  applicantName: string;
  /** Called with the trimmed reason; the dialog stays open until the caller closes it. */
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  /** True while the rejection is being sent. @default false */
  sending?: boolean;
}

const MAX_REASON = 100;

/** No rejection without a reason: confirm stays disabled until one is typed. */
const reasonProblem = (reason: string) => (reason.trim() ? null : '请填写驳回理由');

/** Asks why an application is rejected: the applicant sees this text on 我的. */
export function ReasonDialog({ applicantName, onConfirm, onCancel, sending = false }: ReasonDialogProps) {
  return (
    <TextDialog
      className="reason-dialog"
      title={`驳回 ${applicantName} 的申请`}
      placeholder="请填写驳回理由，申请人可以看到"
      confirmText="确认驳回"
      maxLength={MAX_REASON}
      check={reasonProblem}
      onConfirm={onConfirm}
      onCancel={onCancel}
      sending={sending}
    />
  );
}
