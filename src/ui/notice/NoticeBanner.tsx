// The banner at the top of the page for the page-level notice (noticeStore): in view at any
// scroll position and any window size, announced to screen readers, kept until dismissed.
import { useNoticeStore } from '../../state/noticeStore';
import './notice.css';

export function NoticeBanner() {
  const notice = useNoticeStore((s) => s.notice);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (!notice) return null;
  return (
    <div
      className={`notice-banner ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice-banner"
      data-kind={notice.kind}
    >
      <span className="notice-banner-text">
        {notice.text}
        {notice.hint && <span className="notice-banner-hint"> {notice.hint}</span>}
      </span>
      <button type="button" onClick={dismiss} aria-label="Dismiss this message" data-testid="notice-dismiss">
        Dismiss
      </button>
    </div>
  );
}
