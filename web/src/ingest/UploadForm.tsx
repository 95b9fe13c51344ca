import { useId, useState, type FormEvent } from 'react';
import { currentToken } from '../review/curator-session.ts';
import { MAX_UPLOAD_BYTES, UPLOAD_TYPES, upload, type UploadEvent, type UploadMeta } from './upload.ts';

const STAGES: { id: string; label: string }[] = [
  { id: 'uploading', label: 'Uploading' },
  { id: 'received', label: 'Received' },
  { id: 'extracting', label: 'Extracting the text and proposing candidates' },
  { id: 'writing', label: 'Writing to the graph' },
  { id: 'done', label: 'Done' },
];
const FIELDS: { key: keyof UploadMeta; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title', hint: 'default: the document’s own title' },
  { key: 'authors', label: 'Authors', hint: 'separated by semicolons' },
  { key: 'year', label: 'Year' },
  { key: 'kind', label: 'Kind', hint: 'e.g. report, journal article' },
  { key: 'url', label: 'URL' },
  { key: 'id', label: 'Source id', hint: 'default: from the file name' },
];

type Done = Extract<UploadEvent, { kind: 'done' }>;

/** A curator uploads a document with its metadata; the same pipeline as `npm run ingest` runs on the server, its stages shown as they pass. */
export function UploadForm({ onUploaded }: { onUploaded: (d: Done) => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<UploadMeta>({});
  const [stage, setStage] = useState<string | null>(null);
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const busy = stage !== null && stage !== 'done' && !error;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    if (!file) return setError('Choose a file first.');
    const ext = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
    if (!UPLOAD_TYPES.includes(ext)) return setError(`${file.name}: unsupported file type; upload ${UPLOAD_TYPES.join(', ')}`);
    if (file.size > MAX_UPLOAD_BYTES) return setError(`${file.name}: the file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit`);
    setStage('uploading');
    setSent({ loaded: 0, total: file.size });
    await upload(file, meta, currentToken(), (ev) => {
      if (ev.kind === 'uploading') setSent({ loaded: ev.loaded, total: ev.total });
      else if (ev.kind === 'stage') setStage(ev.stage);
      else if (ev.kind === 'error') setError(ev.message);
      else {
        setStage('done');
        setDone(ev);
        onUploaded(ev);
      }
    });
  };

  const at = STAGES.findIndex((s) => s.id === stage);
  return (
    <form className="ingest-upload" onSubmit={submit} aria-labelledby={`${id}-heading`} data-testid="upload-form">
      <h2 id={`${id}-heading`}>Add a document</h2>
      <p className="muted small">
        PDF, Word (.docx), HTML, Markdown or plain text, up to 50 MB. Its candidates wait for review below; nothing becomes evidence until accepted.
      </p>
      <div className="ingest-field wide">
        <label htmlFor={`${id}-file`}>File</label>
        <input id={`${id}-file`} type="file" accept={UPLOAD_TYPES.join(',')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="upload-file" />
      </div>
      <div className="ingest-row">
        {FIELDS.map((f) => (
          <div className="ingest-field" key={f.key}>
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            <input
              id={`${id}-${f.key}`}
              value={meta[f.key] ?? ''}
              placeholder={f.hint}
              onChange={(e) => setMeta((m) => ({ ...m, [f.key]: e.target.value }))}
              data-testid={`upload-${f.key}`}
            />
          </div>
        ))}
      </div>
      <div className="ingest-actions">
        <button type="submit" disabled={busy} data-testid="upload-submit">
          {busy ? 'Ingesting…' : 'Upload and ingest'}
        </button>
      </div>
      {stage && (
        <div className="ingest-progress" data-testid="upload-progress">
          {sent && (
            <progress max={sent.total || 1} value={sent.loaded} aria-label="Upload progress">
              {Math.round((sent.loaded / (sent.total || 1)) * 100)}%
            </progress>
          )}
          <ol className="ingest-stages" aria-live="polite">
            {STAGES.map((s, i) => (
              <li key={s.id} className={i < at || stage === 'done' ? 'passed' : i === at ? (error ? 'failed' : 'current') : 'waiting'} data-stage={s.id}>
                {s.label}
                {i === at && !error && stage !== 'done' && '…'}
              </li>
            ))}
          </ol>
        </div>
      )}
      {error && (
        <p className="status error" role="alert" data-testid="upload-error">
          {error}
          {stage && ' Nothing was written.'}
        </p>
      )}
      {done && (
        <p role="status" data-testid="upload-done">
          Ingested “{done.title}”: {done.passages} passages, {Object.values(done.candidates).reduce((a, b) => a + b, 0)} candidates to review.
        </p>
      )}
    </form>
  );
}
