import { useId } from 'preact/hooks';

export interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Rows of a multi-line field; a single-line input when absent. */
  rows?: number;
  type?: 'text' | 'url' | 'date' | 'search';
  hint?: string;
  required?: boolean;
  lang?: string;
}

/** A labelled input or textarea, with its hint tied to it by aria-describedby. */
export function TextField({ label, value, onInput, rows, type = 'text', hint, required, lang }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const handle = (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {rows ? (
        <textarea id={id} rows={rows} value={value} onInput={handle} aria-describedby={hintId} required={required} lang={lang} />
      ) : (
        // Preact types each input `type` separately; these four share every attribute used here.
        <input id={id} type={type as 'text'} value={value} onInput={handle} aria-describedby={hintId} required={required} lang={lang} />
      )}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
