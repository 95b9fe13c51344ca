/** Each check's verdict against issue 14's targets, and reliability/RESULTS.md rendered from reliability/results.json. */
import type { AuthResult } from './auth.ts';
import type { DurabilityResult } from './durability.ts';
import type { FuzzResult } from './fuzz.ts';
import type { LoadResult } from './load.ts';
import { CHECKS, type Check } from './suite.ts';

export interface Row {
  criterion: string;
  measured: string;
  target: string;
  pass: boolean;
}

export interface CheckEntry {
  /** ISO 8601, when the check ended. */
  at: string;
  commit: string;
  /** os.loadavg() (1, 5, 15 min) when the check started and ended: this machine is shared. */
  loadavg: { start: number[]; end: number[] };
  /** The API process's resident memory when the check ended, MB. */
  apiRssMb: number;
  rows: Row[];
  result: Record<string, unknown>;
}

export interface ResultsFile {
  machine: Record<string, string | number>;
  /** The API's settings during the runs. */
  settings: Record<string, string>;
  note: string;
  checks: Partial<Record<Check, CheckEntry>>;
}

/** Soak: resident memory may grow by this much per minute and still count as flat (falling is not a leak). */
export const SOAK_SLOPE_MB_PER_MIN = 5;
export const RECOVERY_TARGET_MS = 2000;

const n = (v: number) => v.toLocaleString('en-GB');
const ms = (v: number) => (Number.isFinite(v) ? `${n(Math.round(v))} ms` : 'none');

export function judge(check: Check, result: Record<string, unknown>): Row[] {
  if (typeof result.error === 'string')
    return [{ criterion: check, measured: `did not complete: ${result.error.slice(0, 300)}`, target: 'completes', pass: false }];
  switch (check) {
    case 'audit': {
      const r = result as unknown as { ok: number; warn: string[]; error: string[] };
      return [
        {
          criterion: 'graphql-http audit',
          measured: `${r.ok} ok, ${r.warn.length} warnings${r.warn.length ? ` (${r.warn.map((w) => w.split(' ')[0]).join(', ')})` : ''}, ${r.error.length} errors`,
          target: 'no errors; warnings listed',
          pass: r.error.length === 0,
        },
      ];
    }
    case 'durability': {
      const r = result as unknown as DurabilityResult;
      const rec = r.recoveries.map((x) => ms(x.answersRequestToApi200Ms ?? Number.NaN)).join(', ');
      return [
        {
          criterion: `kill -9 of Neo4j under write load (${r.writers} writers, ${r.kills} kills)`,
          measured: `${n(r.acknowledged)} acknowledged writes, ${r.lost.length} lost; ${n(r.refused)} refused, ${r.unacknowledgedPresent.length} of them present; ${r.outcomeUnknown ? `${n(r.outcomeUnknown.answered)} answered "outcome unknown" (connection lost during COMMIT), ${n(r.outcomeUnknown.present)} of them present; ` : ''}${r.withoutAudit.length} without audit record`,
          target: '0 lost, 0 refused present',
          pass: r.acknowledged > 0 && r.lost.length === 0 && r.unacknowledgedPresent.length === 0 && r.withoutAudit.length === 0,
        },
        {
          criterion: "recovery: Neo4j answers the request's statement → the API's first 200 for it",
          measured: `${rec} (from a trivial read answering: ${r.recoveries.map((x) => ms(x.queryableToApi200Ms)).join(', ')}; first acknowledged write: ${r.recoveries.map((x) => ms(x.queryableToFirstWriteMs)).join(', ')})`,
          target: `≤ ${n(RECOVERY_TARGET_MS)} ms`,
          pass: Number.isFinite(r.recoveryMaxMs) && r.recoveryMaxMs <= RECOVERY_TARGET_MS,
        },
      ];
    }
    case 'auth': {
      const r = result as unknown as AuthResult;
      return [
        {
          criterion: `auth matrix (${r.mutations.length} mutations × no token, unknown token, viewer)`,
          measured: `${r.refused} of ${r.attempts} refused, ${r.unauthorisedWrites} unauthorised writes`,
          target: 'all refused, 0 unauthorised writes',
          pass: r.refused === r.attempts && r.unauthorisedWrites === 0,
        },
      ];
    }
    case 'load': {
      const r = result as unknown as LoadResult;
      // autocannon's errors include its timeouts.
      const errors = r.errors + r.non2xx + (r.graphqlErrors ?? 0);
      const kinds = `${n(r.timeouts)} timeouts (no answer in 10 s), ${n(r.errors - r.timeouts)} other connection errors, ${n(r.non2xx)} non-2xx, ${n(r.graphqlErrors ?? 0)} with GraphQL errors`;
      return [
        {
          criterion: `load: ${r.connections} connections × ${r.seconds} s${r.workload ? ` (${r.workload} distinct journey and item requests)` : ''}`,
          measured: `${n(r.requests)} requests (${n(Math.round(r.perSecond))}/s), ${n(errors)} errors${errors ? ` (${kinds})` : ''}; p50 ${ms(r.p50ms)}, p99 ${ms(r.p99ms)}, max ${ms(r.maxMs)}${r.warmup ? `; after a ${r.warmup.seconds} s warm-up at the same load, not counted: ${n(r.warmup.requests)} requests (${n(r.warmup.perSecond)}/s), ${n(r.warmup.errors)} errors, p99 ${ms(r.warmup.p99ms)}` : ''}`,
          target: '0 errors; p99 reported',
          pass: r.requests > 0 && errors === 0,
        },
      ];
    }
    case 'soak': {
      const r = result as unknown as {
        seconds: number;
        requests: number;
        failures: number;
        failuresBy?: Record<string, number>;
        rssMb: number[];
        slopeMbPerMin: number;
      };
      const rss = r.rssMb.filter(Number.isFinite);
      const by = Object.entries(r.failuresBy ?? {})
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ');
      return [
        {
          criterion: `soak: ${r.seconds} s, API RSS sampled each second`,
          measured: `${n(r.requests)} requests, ${r.failures} failures${by ? ` (${by})` : ''}; RSS ${rss[0]} → ${rss.at(-1)} MB (max ${Math.max(...rss)}), slope ${r.slopeMbPerMin} MB/min`,
          target: `0 failures; slope ≤ +${SOAK_SLOPE_MB_PER_MIN} MB/min (no growth)`,
          pass: r.failures === 0 && rss.length > 1 && r.slopeMbPerMin <= SOAK_SLOPE_MB_PER_MIN,
        },
      ];
    }
    case 'fuzz': {
      const r = result as unknown as FuzzResult;
      const unanswered = (r.byStatus['no answer'] ?? 0) + (r.byStatus.timeout ?? 0);
      return [
        {
          criterion: `fuzz: ${n(r.requests)} hostile requests`,
          measured: `crashed: ${r.crashed ? 'yes' : 'no'}; ${r.status5xx} 5xx, ${r.leaks.length} leaked internals, ${unanswered} unanswered`,
          target: '0 crashes, 0 5xx, 0 leaks',
          pass: !r.crashed && r.status5xx === 0 && r.leaks.length === 0 && unanswered === 0,
        },
      ];
    }
    case 'tokens': {
      const r = result as unknown as { guesses: number; status429: number; accepted: number; firstRefusalAt: number | null };
      return [
        {
          criterion: `token guessing: ${r.guesses} guesses from one client`,
          measured: `first 429 at guess ${r.firstRefusalAt ?? 'never'}, ${r.status429} answered 429, ${r.accepted} accepted`,
          target: '429 within 11 guesses, 0 accepted',
          pass: r.accepted === 0 && r.firstRefusalAt !== null && r.firstRefusalAt <= 11,
        },
      ];
    }
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderMarkdown(file: ResultsFile): string {
  const out = [
    '# Reliability suite: results',
    '',
    '`npm run reliability` (see the README), written from `reliability/results.json` by `npm run reliability -- --report-only`.',
    '',
  ];
  out.push(
    `Machine: ${Object.entries(file.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}.`,
    '',
  );
  out.push(
    `API settings: ${Object.entries(file.settings)
      .map(([k, v]) => `\`${k}=${v}\``)
      .join(', ')}.`,
    '',
  );
  if (file.note) out.push(`> ${file.note}`, '');
  out.push('| check | measured | target | result | run at, commit (+: with uncommitted changes), load average 1 min start → end |', '|---|---|---|---|---|');
  for (const c of CHECKS) {
    const e = file.checks[c];
    if (!e) continue;
    for (const row of e.rows)
      out.push(
        `| ${cell(row.criterion)} | ${cell(row.measured)} | ${cell(row.target)} | ${row.pass ? 'pass' : '**FAIL**'} | ${e.at.slice(0, 16).replace('T', ' ')} UTC, ${e.commit.slice(0, 7)}${e.commit.includes('uncommitted') ? '+' : ''} (${e.loadavg.start[0]!.toFixed(1)} → ${e.loadavg.end[0]!.toFixed(1)}) |`,
      );
  }
  const a = file.checks.audit?.result as { warn?: string[] } | undefined;
  if (a?.warn?.length) out.push('', '## graphql-http audit warnings', '', ...a.warn.map((w) => `- ${w}`));
  const d = file.checks.durability?.result as DurabilityResult | undefined;
  if (d) {
    out.push('', "## kill -9 recoveries (from the kill; an independent driver's first answer to a trivial read, then to the API's request statement)", '');
    out.push(
      "| kill | Bolt answers | trivial read answers | request statement answers | → API's first 200 | trivial read → API's first 200 | trivial read → first acknowledged write |",
      '|---|---|---|---|---|---|---|',
    );
    d.recoveries.forEach((r, i) =>
      out.push(
        `| ${i + 1} | ${ms(r.killToBoltMs)} | ${ms(r.killToQueryableMs)} | ${ms(r.killToAnswersRequestMs ?? Number.NaN)} | ${ms(r.answersRequestToApi200Ms ?? Number.NaN)} | ${ms(r.queryableToApi200Ms)} | ${ms(r.queryableToFirstWriteMs)} |`,
      ),
    );
    if (d.unacknowledgedPresent.length) out.push('', 'Refused, yet present:', '', ...d.unacknowledgedPresent.map((u) => `- ${u}`));
    out.push(
      '',
      `Refused writes by answer: ${
        Object.entries(d.refusedBy)
          .map(([k, v]) => `${k}: ${n(v)}`)
          .join(', ') || 'none'
      }.`,
    );
  }
  const f = file.checks.fuzz?.result as FuzzResult | undefined;
  if (f)
    out.push(
      '',
      `Fuzz answers by status: ${Object.entries(f.byStatus)
        .map(([k, v]) => `${k}: ${n(v)}`)
        .join(', ')}.`,
    );
  return out.join('\n') + '\n';
}
