/**
 * Candidate evidence in an ingested text, for a curator to review: statistics, research gaps,
 * misconceptions and claims, each with exact [start, end) offsets into the text, suggested topics
 * and a confidence. Sentence boundaries, number entities (CARDINAL, PERCENT, MONEY, DATE) and parts
 * of speech come from wink-nlp; patterns around them read the expression a number sits in (ranges,
 * "x in y", "a third", qualifiers) and what it counts. Candidates are proposals, never evidence.
 */
export { CANDIDATE_TYPES, type Candidate, type CandidateType, type Topic } from './candidates/types.ts';
export { GAP_CUES, GAP_WEAK_CUES, gapCue, MISCONCEPTION_CUES, MISCONCEPTION_WEAK_CUES, misconceptionCue, withoutAsides } from './candidates/cues.ts';
export { parseAmount } from './candidates/numbers.ts';
export { topicIndex, type TopicIndex } from './candidates/topics.ts';
export { extractCandidates } from './candidates/extract.ts';
