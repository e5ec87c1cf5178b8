// A gentle reminder when work exists only in this browser: an assessment with at least five answers
// changed since it was last exported (or never exported).
import { useShallow } from 'zustand/react/shallow';
import type { Assessment } from '../../core/assessment';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

const MEANINGFUL_ANSWERS = 5;

export function needsExport(a: Assessment): boolean {
  const answered = Object.values(a.answers).filter((x) => x.value !== undefined).length;
  return answered >= MEANINGFUL_ANSWERS && (!a.lastExportedAt || a.updatedAt > a.lastExportedAt);
}

export function ExportReminder() {
  const count = useAppStore(useShallow((s) => Object.values(s.assessments).filter(needsExport).length));
  if (count === 0) return null;
  return (
    <p className="notice notice--warning">
      {messages.reminder(count)} <a href="#backup-title">{messages.exportAll}</a>
    </p>
  );
}
