/** Candidates of every type in a text: gaps, misconceptions and claims per sentence, statistics per number. */
import type { IngestPassage } from '../segment.ts';
import {
  FINDING_MARKERS,
  FUTURE_SECTION,
  gapCue,
  isReferenceEntry,
  KEY_SECTION,
  LIST_INTRO,
  misconceptionCue,
  REFERENCE_SECTION,
  type CueMatch,
} from './cues.ts';
import { round } from './numbers.ts';
import { sentencesOf, trimSentence } from './sentences.ts';
import { statistics } from './statistics.ts';
import { topicIndex } from './topics.ts';
import { CANDIDATE_TYPES, type Candidate, type Topic } from './types.ts';

const SKIP_ROLES = new Set(['pageFurniture', 'heading']);
const CONFIDENCE: Record<CueMatch['strength'], number> = { strong: 0.7, reported: 0.5, weak: 0.35 };

/**
 * A list introduced by a sentence with a gap or misconception cue and a colon ("research is needed
 * in the following areas:", "these assumptions included:") makes each of its items a candidate of
 * that type; short label lines and headings between the items keep the list open.
 */
type Introduced = { type: 'gap' | 'misconception'; cue: string } | null;
const isLabelLine = (t: string) => t.trim().split(/\s+/).length <= 12 && !/[.?!;:,]["”’)]*\s*$/.test(t.trim());

export function extractCandidates(text: string, passages: IngestPassage[], topics: Topic[]): Candidate[] {
  const index = topicIndex(topics);
  const out: Candidate[] = [];
  let introduced: Introduced = null;
  for (const p of passages) {
    const passageText = text.slice(p.start, p.end);
    if (SKIP_ROLES.has(p.role)) continue;
    const section = p.section;
    // A reference list proposes nothing: "Further research on …" in a title is not a gap.
    if (section !== null && REFERENCE_SECTION.test(section)) continue;
    const futureSection = section !== null && FUTURE_SECTION.test(section);
    // A list item under an introducing sentence, or in a future-research section, is a candidate as a whole.
    const item: Introduced = p.role !== 'list' ? null : (introduced ?? (futureSection ? { type: 'gap', cue: `in "${section}"` } : null));
    // Notes, label lines and a list item's own continuation (a page break cut it) keep the list open.
    if (introduced && p.role !== 'list' && p.role !== 'footnote' && !isLabelLine(passageText) && !/^\s*\p{Ll}/u.test(passageText)) introduced = null;
    const itemSpan: { start: number; end: number }[] = [];
    // A reference entry ("Smith, J. (2010). Further research on …") holds neither gaps nor misconceptions.
    const reference = isReferenceEntry(passageText.trim().replace(/\s+/g, ' '));
    // An abstract is often a labelled paragraph ("Abstract: …") rather than a section.
    const labelled = /^\s*(abstract|summary|key findings|conclusions?)\b/i.test(passageText);
    const keySection = labelled || (section !== null && KEY_SECTION.test(section));
    for (const s of sentencesOf(text, p.start, p.end)) {
      const trimmed = trimSentence(text, s.start, s.end);
      if (!trimmed) {
        // A bare figure (a table cell) is no sentence, but may be a statistic.
        const lead = /^\s*/.exec(s.text)![0].length;
        const trail = /\s*$/.exec(s.text)![0].length;
        if (lead < s.text.length) {
          const cell = { sentenceStart: s.start + lead, sentenceEnd: s.end - trail, passage: p.ordinal, section };
          out.push(...statistics(text, s, p, cell, index));
        }
        continue;
      }
      const body = text.slice(trimmed.start, trimmed.end);
      const base = { sentenceStart: trimmed.start, sentenceEnd: trimmed.end, passage: p.ordinal, section };
      const topicSuggestion = index.suggest(`${section ?? ''} ${body}`);
      const words = body.split(/\s+/).length;
      // Cue phrases are matched on the sentence with its line breaks read as spaces.
      const flat = body.replace(/\s+/g, ' ');
      itemSpan.push(trimmed);
      // Research gaps.
      const gap = reference ? null : gapCue(flat);
      const question = /\?\s*["”’)]*\s*$/.test(body);
      if (gap || question) {
        out.push({
          type: 'gap',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: gap ? gap.cue : futureSection ? `question in "${section}"` : 'question',
          confidence: round(gap?.strength === 'strong' ? (futureSection ? 0.9 : 0.7) : question && futureSection ? 0.6 : gap ? CONFIDENCE[gap.strength] : 0.3),
          topics: topicSuggestion.topics,
        });
      }
      const misc = reference ? null : misconceptionCue(flat);
      if (misc) {
        out.push({
          type: 'misconception',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: misc.cue,
          confidence: CONFIDENCE[misc.strength],
          topics: topicSuggestion.topics,
        });
      }
      // Claims: assertions in abstracts, summaries, findings and conclusions; elsewhere, sentences stating a finding.
      const assertion =
        words >= 6 && words <= 90 && !/\?\s*["”’)]*\s*$/.test(body) && s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && p.role !== 'table';
      // Elsewhere every other declarative sentence is a weak candidate (confidence 0.2): curators
      // quote claims from the whole text, and the review sorts by confidence.
      if (assertion) {
        const marker = FINDING_MARKERS.exec(flat);
        out.push({
          type: 'claim',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: keySection
            ? `sentence in "${labelled ? passageText.trim().split(/[:\s]/)[0] : section}"`
            : marker
              ? `finding marker "${marker[0]}"`
              : 'declarative sentence',
          confidence: keySection ? 0.6 : marker ? 0.35 : 0.2,
          topics: topicSuggestion.topics,
        });
      }
      out.push(...statistics(text, s, p, base, index));
    }
    // A list item under an introducing sentence: the whole item, unless a sentence of it already is one.
    if (item && itemSpan.length && !out.some((c) => c.type === item.type && c.passage === p.ordinal)) {
      const start = itemSpan[0]!.start;
      const end = itemSpan[itemSpan.length - 1]!.end;
      out.push({
        type: item.type,
        start,
        end,
        quote: text.slice(start, end),
        sentenceStart: start,
        sentenceEnd: end,
        passage: p.ordinal,
        section,
        cue: item.cue.startsWith('in "') ? `list item ${item.cue}` : `list item after "${item.cue}"`,
        confidence: 0.5,
        topics: index.suggest(`${section ?? ''} ${text.slice(start, end)}`).topics,
      });
    }
    // A passage ending with a colon after a cue introduces the list that follows.
    if (/:\s*$/.test(passageText)) {
      const intro = itemSpan
        .slice(-2)
        .map((x) => text.slice(x.start, x.end).replace(/\s+/g, ' '))
        .join(' ');
      const type = (['gap', 'misconception'] as const).find((t) => LIST_INTRO[t].test(intro));
      introduced = type ? { type, cue: LIST_INTRO[type].exec(intro)![0] } : null;
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || CANDIDATE_TYPES.indexOf(a.type) - CANDIDATE_TYPES.indexOf(b.type));
  return out;
}
