// The "More" menu of a library item: a disclosure of actions that closes once one is chosen.
export interface MoreAction {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

export function MoreActions({ label, summary, actions }: { label: string; summary: string; actions: MoreAction[] }) {
  return (
    <details className="more-actions">
      <summary aria-label={label}>{summary}</summary>
      <div className="more-actions__menu">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className={action.danger ? 'link-button link-button--danger' : 'link-button'}
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              action.onSelect();
            }}
          >
            {action.label}
          </button>
        ))}
      </div>
    </details>
  );
}
