import { shortCitation } from './cite.ts';

type SourceOption = { id: string; title: string; authors: string[]; year?: number | null; publisher?: string | null };

export function SourceSelect({
  label,
  value,
  sources,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  sources: readonly SourceOption[] | undefined;
  onChange: (v: string) => void;
  testId?: string;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">Any source</option>
        {sources?.map((s) => (
          <option key={s.id} value={s.id}>
            {shortCitation(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TopicSelect({
  value,
  topics,
  onChange,
}: {
  value: string;
  topics: readonly { id: string; name: string }[] | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      Topic{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any topic</option>
        {topics?.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}
