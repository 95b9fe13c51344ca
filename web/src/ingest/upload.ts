/**
 * Sending a document to POST /ingest/upload (api/http/upload.ts): the file as the body, its name
 * and metadata as URL parameters, the curator's token. XMLHttpRequest rather than fetch because
 * it reports upload progress; the answer streams one JSON object per line (the stages, then the
 * outcome), read as it arrives.
 */
export type UploadEvent =
  | { kind: 'uploading'; loaded: number; total: number }
  | { kind: 'stage'; stage: string }
  | { kind: 'done'; sourceId: string; title: string; passages: number; candidates: Record<string, number> }
  | { kind: 'error'; message: string };

export const UPLOAD_TYPES = ['.pdf', '.docx', '.html', '.htm', '.md', '.markdown', '.txt'];
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface UploadMeta {
  id?: string;
  title?: string;
  authors?: string;
  year?: string;
  kind?: string;
  url?: string;
}

/** The URL of an upload: the file name and every non-empty metadata field. */
export function uploadUrl(name: string, meta: UploadMeta): string {
  const q = new URLSearchParams({ name });
  for (const [k, v] of Object.entries(meta)) if (typeof v === 'string' && v.trim()) q.set(k, v.trim());
  return `/ingest/upload?${q.toString()}`;
}

/** The events in the complete lines of a streamed answer so far, and the unfinished rest. */
export function parseLines(text: string): { events: UploadEvent[]; rest: string } {
  const parts = text.split('\n');
  const rest = parts.pop() ?? '';
  const events: UploadEvent[] = [];
  for (const line of parts) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { stage?: string; done?: Omit<Extract<UploadEvent, { kind: 'done' }>, 'kind'>; error?: string };
    if (o.error) events.push({ kind: 'error', message: o.error });
    else if (o.done) events.push({ kind: 'done', ...o.done });
    else if (o.stage) events.push({ kind: 'stage', stage: o.stage });
  }
  return { events, rest };
}

/** Uploads a file; calls `on` for each event; resolves when the answer is complete. */
export function upload(file: File, meta: UploadMeta, token: string | null, on: (e: UploadEvent) => void): Promise<void> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let buffered = '';
    const read = () => {
      const fresh = xhr.responseText.slice(seen);
      seen = xhr.responseText.length;
      const { events, rest } = parseLines(buffered + fresh);
      buffered = rest;
      events.forEach(on);
    };
    xhr.open('POST', uploadUrl(file.name, meta));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-triangulate-upload', '1');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => on({ kind: 'uploading', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onprogress = () => {
      if (xhr.status === 200) read();
    };
    xhr.onload = () => {
      if (xhr.status === 200) read();
      else {
        let message = `The upload was refused (HTTP ${xhr.status}).`;
        try {
          message = (JSON.parse(xhr.responseText) as { error?: string }).error ?? message;
        } catch {
          // not JSON: keep the status
        }
        on({ kind: 'error', message });
      }
      resolve();
    };
    xhr.onerror = () => {
      on({ kind: 'error', message: 'The upload did not reach the server. Check the connection and try again.' });
      resolve();
    };
    xhr.send(file);
  });
}
