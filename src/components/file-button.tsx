// A button that opens the file picker: a real file input, visually hidden, inside a styled label,
// so it is reached by keyboard, named by its label and described by a hint.
interface Props {
  label: string;
  hintId: string;
  onFile: (file: File | undefined) => void;
}

export function FileButton({ label, hintId, onFile }: Props) {
  return (
    <label className="button button--secondary file-button">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-describedby={hintId}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          // Cleared, so choosing the same file again is noticed.
          e.target.value = '';
        }}
      />
    </label>
  );
}
