/**
 * Validation of curation input at the boundary (zod): ids, texts and numbers within their limits,
 * and the rules every relation keeps (as the relations files do: see seed/relations/read.ts).
 */
import { z } from 'zod';
import { ANNOTATION_LENGTH, needsOpenQuestionTarget, needsSubtype, OPEN_QUESTION_KIND, REASON_MAX, RELATION_RATIONALE } from '../../core/relation-rules.ts';
import { RELATION_KINDS, RELATION_SUBTYPES } from '../../core/vocabulary.ts';
import { badField, BadInput } from '../errors.ts';

/** Ids as the graph spells them ("ceop-2013:s012", "rel:b-0001", "prop:1a2b…"): nothing else gets near a query. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]*$/;
export const INPUT_LIMITS = {
  id: 100,
  rationale: [RELATION_RATIONALE.min, RELATION_RATIONALE.max],
  annotation: [ANNOTATION_LENGTH.min, ANNOTATION_LENGTH.max],
  reason: REASON_MAX,
  actor: 80,
} as const;

const Id = z
  .string()
  .max(INPUT_LIMITS.id, `must be at most ${INPUT_LIMITS.id} characters`)
  .regex(SAFE_ID, 'must be an id: letters, digits and the characters : . _ - (starting with a letter or digit)');
const [RMIN, RMAX] = INPUT_LIMITS.rationale;
const Rationale = z.string().refine((s) => s.trim().length >= RMIN && s.length <= RMAX, `must be ${RMIN} to ${RMAX} characters`);
const [TMIN, TMAX] = INPUT_LIMITS.annotation;
const AnnotationText = z.string().refine((s) => s.trim().length >= TMIN && s.length <= TMAX, `must be ${TMIN} to ${TMAX} characters (not only spaces)`);
const Reason = z.string().refine((s) => s.trim().length >= 1 && s.length <= INPUT_LIMITS.reason, `must be 1 to ${INPUT_LIMITS.reason} characters`);
const Confidence = z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1');
const Kind = z.enum(RELATION_KINDS);
const Subtype = z.enum(
  RELATION_SUBTYPES.map((s) => s.toUpperCase()) as [Uppercase<(typeof RELATION_SUBTYPES)[number]>, ...Uppercase<(typeof RELATION_SUBTYPES)[number]>[]],
);
export type Kind = z.infer<typeof Kind>;

export const ProposeArgs = z.object({
  input: z.object({ from: Id, to: Id, kind: Kind, subtype: Subtype.nullish(), rationale: Rationale, confidence: Confidence }),
});
export const IdArgs = z.object({ id: Id });
export const RejectArgs = z.object({ id: Id, reason: Reason.nullish() });
export const EditArgs = z.object({
  id: Id,
  input: z.object({ kind: Kind.nullish(), subtype: Subtype.nullish(), rationale: Rationale.nullish(), confidence: Confidence.nullish() }),
});
export const AcceptLinkArgs = z.object({
  id: Id,
  input: z.object({ kind: Kind, subtype: Subtype.nullish(), rationale: Rationale, confidence: Confidence.nullish() }),
});
export const AnnotateArgs = z.object({ itemId: Id, text: AnnotationText });
export const AuditLogArgs = z.object({
  targetId: Id.nullish(),
  actor: z.string().max(INPUT_LIMITS.actor, `must be at most ${INPUT_LIMITS.actor} characters`).nullish(),
});

/** Parses arguments; a failure is one BadInput naming every field at fault. */
export function parse<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const r = schema.safeParse(args);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  throw new BadInput(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues[0]?.field, issues);
}

/** The rules every relation keeps: CONTRADICTS and QUALIFIES need a subtype; ASSERTED_VS_OPEN points to an open question. */
export function checkKind(kind: Kind, subtype: string | null | undefined, toKind: string | null, field: string): void {
  if (needsSubtype(kind) && !subtype) {
    throw badField(
      `${field}.subtype`,
      `a ${kind} relation needs a subtype: DIRECT, or the facet it depends on (PERIOD, POPULATION, PLACE, DEFINITION, MEASURE, SCOPE, EMPHASIS, TREND)`,
    );
  }
  if (needsOpenQuestionTarget(kind) && toKind !== OPEN_QUESTION_KIND) {
    throw badField(`${field}.kind`, 'ASSERTED_VS_OPEN points to a statement that raises the matter as an open question (a claim of kind OPEN_QUESTION)');
  }
}

/** A GraphQL subtype (PERIOD) as stored (period); null stays null. */
export const lower = (s: string | null | undefined) => (s ? s.toLowerCase() : null);
