/** Candidates of every type in a text: gaps, misconceptions and claims per sentence, statistics per number. */
import type { IngestPassage } from '../segment.ts';
import { FINDING_MARKERS, FUTURE_SECTION, GAP_CUES, GAP_WEAK_CUES, KEY_SECTION, MISCONCEPTION_CUES, MISCONCEPTION_WEAK_CUES } from './cues.ts';
import { round } from './numbers.ts';
import { sentencesOf, trimSentence } from './sentences.ts';
import { statistics } from './statistics.ts';
import { topicIndex } from './topics.ts';
import { CANDIDATE_TYPES, type Candidate, type Topic } from './types.ts';

const SKIP_ROLES = new Set(['pageFurniture', 'heading']);

export function extractCandidates(text: string, passages: IngestPassage[], topics: Topic[]): Candidate[] {
  const index = topicIndex(topics);
  const out: Candidate[] = [];
  for (const p of passages) {
    if (SKIP_ROLES.has(p.role)) continue;
    const section = p.section;
    const passageText = text.slice(p.start, p.end);
    // An abstract is often a labelled paragraph ("Abstract: …") rather than a section.
    const labelled = /^\s*(abstract|summary|key findings|conclusions?)\b/i.test(passageText);
    const keySection = labelled || (section !== null && KEY_SECTION.test(section));
    const futureSection = section !== null && FUTURE_SECTION.test(section);
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
      // Research gaps.
      const gap = GAP_CUES.exec(flat);
      const weakGap = gap ? null : GAP_WEAK_CUES.exec(flat);
      const question = /\?\s*["”’)]*\s*$/.test(body);
      if (gap || weakGap || question) {
        out.push({
          type: 'gap',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: gap ? gap[0] : weakGap ? weakGap[0] : futureSection ? `question in "${section}"` : 'question',
          confidence: round(gap ? (futureSection ? 0.9 : 0.7) : question && futureSection ? 0.6 : weakGap ? 0.35 : 0.3),
          topics: topicSuggestion.topics,
        });
      }
      const misc = MISCONCEPTION_CUES.exec(flat) ?? MISCONCEPTION_WEAK_CUES.exec(flat);
      if (misc) {
        const strong = MISCONCEPTION_CUES.test(flat);
        out.push({
          type: 'misconception',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: misc[0],
          confidence: strong ? 0.7 : 0.35,
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
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || CANDIDATE_TYPES.indexOf(a.type) - CANDIDATE_TYPES.indexOf(b.type));
  return out;
}
