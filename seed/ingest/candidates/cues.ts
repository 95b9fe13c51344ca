/** Cue phrases of research gaps, misconceptions and findings, and the section names that weigh a candidate up. */

/** Strong cues of a research gap: the text says something is not known or needs research. */
export const GAP_CUES =
  /\b(?:(?:little|less|not much|nothing|relatively little|very little) (?:is|was) (?:currently |still |yet |as yet )?known|unclear|unquantifiable|(?:research|study|studies|data) (?:is|are) required|hard to come by|not sufficient to (?:draw|determine|establish)|(?:true|real|actual) (?:figure|number|scale|extent) (?:is|may be|is likely to be) (?:\w+ )?(?:higher|greater|larger|unknown)|(?:gaps?|shortfalls?) in (?:the )?(?:amount|data|information)|need to (?:identify|understand|establish|determine|know)|(?:is|are|was|were|remains?) (?:largely |still |currently |as yet )?(?:not known|unknown|unclear)|it is not known|remains? (?:to be (?:seen|established|explored|determined)|unanswered|open)|further (?:research|study|studies|work|investigation|exploration)|future (?:research|studies|work)|more (?:research|work|data|evidence|studies) (?:is |are )?(?:needed|required)|(?:research|evidence|data|information)(?: \w+){0,3} (?:is|are|was|were|remains?) (?:needed|lacking|scarce|limited|sparse|very limited)|under-?researched|under-?explored|knowledge gaps?|gaps? in (?:our |the )?(?:knowledge|understanding|literature|research|evidence)|lack of (?:\w+ ){0,2}(?:research|data|evidence|knowledge|information|understanding|studies|clarity)|dearth of|paucity of|little (?:\w+ ){0,3}(?:knowledge|evidence|information|research)|no (?:\w+ ){0,2}(?:data|research|evidence|studies|account|statistics|information)\b|(?:needs?|warrants?|merits?|requires?|deserves?) (?:further |more |closer )?(?:research|investigation|exploration|study|attention|examination)|should be (?:further )?(?:explored|investigated|researched|examined|studied)|(?:not|poorly|little|less) (?:well )?understood|limited (?:research|evidence|data|knowledge|understanding)|research (?:agenda|priorities|questions|needs)|(?:commission|fund|undertake|carry out|conduct) (?:\w+ ){0,4}research|research (?:should|must|needs to) be|(?:should|needs to|need to|must) be (?:carried out|examined|explored|investigated|researched|studied|assessed)|(?:poor|limited|incomplete) (?:state of )?knowledge|no systematic|not (?:discussed|examined|studied|covered) in detail|did not (?:have|examine|study|cover)|research (?:project|study) (?:to|on|into)|(?:not |un)able to (?:study|examine|produce|comment|establish|determine|assess|ascertain|identify|say|measure|provide|quantify)|not (?:possible|feasible) to|impossible to|difficult to (?:obtain|estimate|know|establish|determine|assess|quantify|measure|say)|insufficient|beyond the (?:resources|scope)|not (?:yet )?(?:been )?(?:established|researched|studied|examined|explored|investigated|documented|quantified))\b/i;

/** Weaker cues: hedged extent, the study's own limits, open questions. */
export const GAP_WEAK_CUES =
  /\b(?:it (?:is|was) (?:possible|unclear) (?:that|whether)|problematic|major challenge|confusion|may be that|raises? the question|question as to|(?:should|must) not be taken as|not (?:put forward|intended) as|only a (?:small )?proportion|(?:very )?limited\b|ball ?park|does not (?:appear|seem) to be (?:any|a great deal of|much) evidence|appear to be limited|not (?:clear|certain))/i;

/** Strong cues of a misconception: a belief named and corrected. */
export const MISCONCEPTION_CUES =
  /\b(?:(?:it is|is|are|was|were|has been|have been) (?:often|commonly|widely|generally|frequently|sometimes|popularly|usually|traditionally) (?:assumed|believed|thought|claimed|perceived|portrayed|presumed|seen|viewed|regarded|suggested|recognised|recognized|said)|contrary to|on the contrary|myths?|commonly (?:believed|held|assumed|thought)|misconceptions?|misperceptions?|misconceived|misunderstood|misunderstanding|popular (?:belief|image|perception|view|stereotype|conception)|stereotyp\w*|mistaken(?:ly)?|wrongly|erroneous(?:ly)?|inaccurate|not the case|as (?:some|many) (?:\w+ )?(?:suggest\w*|believe\w*|claim\w*|assume\w*)|traditional(?:ly)? (?:\w+ ){0,2}(?:ideas?|views?|notions?|assumptions?|associated)|(?:belief|perception|assumption|notion|impression) that|not as (?:common|widespread|prevalent|frequent|rare) as|(?:under|over)-?estimat\w+|(?:in|contrary to) (?:popular|common) (?:belief|opinion|perception))\b/i;

/** Weaker contrast markers that often carry a correction. */
export const MISCONCEPTION_WEAK_CUES =
  /\b(?:rather than|in fact|actually|no typical|assumptions?|overemphasi[sz]\w*|over-?stat\w*|does not (?:remain|mean|imply|necessarily)|not to rule out|(?:is|are) not (?:the only|limited to|confined to|restricted to)|not only\b.{0,80}\bbut also|(?:is|are|was|were|do|does|did) not (?:necessarily|always|simply)|no evidence|ruled out|minority|does not (?:\w+ )?reflect|(?:is|was|were|are) not\b.{0,60}\bbut\b)/i;

export const KEY_SECTION =
  /\b(abstract|summary|key findings?|findings|conclusions?|concluding|discussion|implications?|recommendations?|overview|main points|key points|highlights)\b/i;
export const FUTURE_SECTION =
  /\b(future research|further research|research (?:needs|agenda|questions|priorities|gaps)|knowledge gaps|limitations|future directions|next steps)\b/i;
export const FINDING_MARKERS =
  /\b(?:found|find|finds|showed|shows|show|revealed|reveals|indicat\w+|suggest\w*|demonstrat\w+|evidence|identified|concluded|estimat\w+|report(?:ed|s)|appear\w*|is likely|are likely|likely to|should|must|need to|needs to|recommend\w*|there (?:is|are|was|were)|is a|are a|is an|are an|is the|are the|increas\w+|decreas\w+|rose|fell|grew|remain\w*|key|significant|majority|most)\b/i;

/**
 * A study's own limits and the needs it names, as research writing phrases them generally: what
 * could not be done or known, what research should be done, what findings cannot be extended to.
 */
export const GAP_LIMIT_CUES = new RegExp(
  [
    String.raw`little or no (?:[\w-]+ ){0,4}(?:knowledge|evidence|information|research|data|work|studies)\b`,
    String.raw`little (?:\w+ ){0,3}(?:work|study|attention)\b`,
    String.raw`in need of (?:[\w-]+,? ){0,3}(?:research|study|studies|investigation|examination)`,
    String.raw`\bthat (?:further |more |new )?(?:research|studies|work) (?:be|is) (?:carried out|undertaken|conducted|commissioned)`,
    String.raw`\b(?:un|not )aware of any (?:\w+ ){0,2}(?:research|studies|study|evidence|data)`,
    String.raw`poorly (?:developed|documented|researched|evidenced|measured)`,
    String.raw`\b(?:this|the present|the current|our) (?:study|research|report|review|analysis|survey) (?:does|did|could|can|was|were) not\b`,
    String.raw`\bcould not (?:\w+ ){0,2}be (?:addressed|examined|explored|investigated|studied|assessed|determined|established|covered|answered|measured|quantified)`,
    String.raw`\bwould have been (?:\w+ )?(?:valuable|useful|helpful|desirable|interesting|beneficial|preferable) to`,
    String.raw`\blimit(?:s|ing|ed)? the (?:extent to which|generali[sz]ability)`,
    String.raw`\b(?:cannot|can ?not|could not|may not) be generali[sz]ed|\bgenerali[sz]ability\b`,
    String.raw`\bmay not (?:\(?fully\)? |necessarily )?(?:apply|transfer|generali[sz]e|hold)\b|\bnot (?:readily )?(?:transferable|generali[sz]able)\b`,
    String.raw`\bdifficult to (?:ascertain|gauge|judge|tell)\b|\bunable to (?:ascertain|gauge|judge|tell|verify)\b`,
    String.raw`\bwonder(?:s|ed)? (?:if|whether|how|what|why|who)\b`,
    String.raw`\b(?:open|unanswered|unresolved) (?:question|issue)s?\b`,
  ].join('|'),
  'i',
);

/**
 * A belief reported and set against the evidence: what "has been suggested", "some believe",
 * "more … than is assumed", a concession ("although widely used …"), a belief denied ("is not
 * simply", "it was not that"), a view called unfounded or misleading.
 */
export const MISCONCEPTION_REPORTED_CUES = new RegExp(
  [
    String.raw`\b(?:it|they|this) (?:is|are|was|were|has been|had been|have been) (?:\w+ )?(?:assumed|presumed|believed|claimed|portrayed|depicted)\b`,
    String.raw`\b(?:has|have|had) (?:\w+ )?been (?:suggested|claimed|argued|asserted|assumed|predicted|portrayed)\b`,
    String.raw`\b(?:often|commonly|widely|generally|frequently|sometimes|popularly|usually|traditionally) (?:assumed|presumed|believed|portrayed|depicted|perceived)\b`,
    String.raw`\bas (?:might|may|would|could) (?:have been|be) (?:expected|predicted|anticipated|assumed|supposed)\b`,
    String.raw`\bthan (?:\S+ ){0,6}(?:suggest(?:s|ed)?|assumed|expected|predicted|believed|thought|recogni[sz]ed|portrayed|claimed|reported|supposed)\b`,
    String.raw`\b(?:some|many|most) (?:\w+ )?(?:people|commentators|writers|authors|observers|practitioners|professionals|interviewees|respondents|participants|offenders|experts|specialists|authorities|researchers) (?:\w+ )?(?:believe|believed|assume|assumed|felt|feel|think|thought|claim|claimed|perceive|perceived)\b`,
    String.raw`^(?:while|whilst|although|though|despite)\b[^,;]{0,60}\b(?:allegations?|claims?|assumptions?|beliefs?|perceptions?|(?:often|widely|commonly|generally) (?:used|seen|held|thought|described))\b`,
    String.raw`\b(?:is|are|was|were) not (?:simply|merely|just|solely)\b`,
    String.raw`\b(?:it|this) (?:is|was) not that\b`,
    String.raw`\bnot (?:well[- ]founded|borne out|supported by (?:the )?(?:evidence|data|research))|\bunfounded\b|\bmisleading\b`,
    String.raw`\b(?:do|does|should|must) not (?:assume|presume)\b`,
    String.raw`\bdoes not (?:adequately|accurately|fully) (?:describe|reflect|capture|represent)\b`,
    String.raw`\bin reality\b`,
    String.raw`\bnot\b.{0,80}\bbut rather\b`,
    String.raw`\b(?:is|are|was|were) not (?:very |particularly |especially )(?:common|widespread|prevalent|frequent)\b`,
  ].join('|'),
  'i',
);

/** A comma aside: a discourse adverb ("though", "however") or a short prepositional phrase ("within this research"). */
const COMMA_ASIDE =
  /,\s(?:though|however|therefore|then|moreover|indeed|perhaps|again|also|thus|too|still|yet|of course|in fact|in general|in particular|in short|at least|for (?:example|instance)|(?:in|on|at|for|within|from|with|by|as|under|given|despite|during)\s(?:[^,;.\s]+\s){0,6}[^,;.\s]+),\s/gi;

/**
 * The sentence with its asides taken out: text between dashes, in brackets, and short comma
 * asides ("It was not possible, within this research, to …" → "It was not possible to …"), so a
 * cue phrase interrupted by an aside is still read as one phrase.
 */
export function withoutAsides(flat: string): string {
  return flat
    .replace(/\s[-–—]\s[^-–—]{1,160}\s[-–—]\s/g, ' ')
    .replace(/\s?\([^()]{0,160}\)/g, '')
    .replace(COMMA_ASIDE, ' ')
    .replace(/\s{2,}/g, ' ');
}

/** A reference list's section, and a sentence shaped like a reference entry ("Smith, J. (2010). Title …"). */
export const REFERENCE_SECTION =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:references(?: and notes)?|bibliography|works cited|literature cited|further reading)\s*:?\s*$/i;
const REFERENCE_ENTRY =
  /^(?:\[\d+\]\s*|\d+\.\s+)?\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?(?:-\s?)?){1,3}.{0,80}?\(?(?:19|20)\d{2}[a-z]?\)?|^(?:\[\d+\]\s*|\d+\.\s+)?\p{Lu}[\p{L}'’-]+(?:,\s\p{Lu}[\p{L}'’-]+)*(?:,? (?:&|and) \p{Lu}[\p{L}'’-]+)?,? (?:et al\.? )?\((?:19|20)\d{2}[a-z]?\)\.\s/u;
export const isReferenceEntry = (flat: string) => REFERENCE_ENTRY.test(flat);

export interface CueMatch {
  cue: string;
  /** strong: a cue phrase; reported: a limit, a need or a belief stated in general phrasing; weak: a hint. */
  strength: 'strong' | 'reported' | 'weak';
}

/** The gap cue of a sentence (its line breaks read as spaces), if any. */
export function gapCue(flat: string): CueMatch | null {
  const bare = withoutAsides(flat);
  const strong = GAP_CUES.exec(flat) ?? GAP_CUES.exec(bare);
  if (strong) return { cue: strong[0], strength: 'strong' };
  const reported = GAP_LIMIT_CUES.exec(bare) ?? GAP_LIMIT_CUES.exec(flat);
  if (reported) return { cue: reported[0], strength: 'reported' };
  const weak = GAP_WEAK_CUES.exec(flat) ?? GAP_WEAK_CUES.exec(bare);
  return weak ? { cue: weak[0], strength: 'weak' } : null;
}

/** The misconception cue of a sentence, if any. */
export function misconceptionCue(flat: string): CueMatch | null {
  const bare = withoutAsides(flat);
  const strong = MISCONCEPTION_CUES.exec(flat) ?? MISCONCEPTION_CUES.exec(bare);
  if (strong) return { cue: strong[0], strength: 'strong' };
  const reported = MISCONCEPTION_REPORTED_CUES.exec(bare) ?? MISCONCEPTION_REPORTED_CUES.exec(flat);
  if (reported) return { cue: reported[0], strength: 'reported' };
  const weak = MISCONCEPTION_WEAK_CUES.exec(flat) ?? MISCONCEPTION_WEAK_CUES.exec(bare);
  return weak ? { cue: weak[0], strength: 'weak' } : null;
}

/**
 * What a sentence introducing a list must name for its items to be candidates: needs for research
 * (not a study's own limits), or beliefs (not any sentence with a contrast in it).
 */
export const LIST_INTRO: Record<'gap' | 'misconception', RegExp> = {
  gap: /\b(?:research (?:needs?|questions?|priorities|agenda|gaps?|areas)|(?:further|more|future|additional|new) (?:research|studies|study|work|investigation)|(?:needs?|need) to be (?:carried out|examined|explored|investigated|researched|studied|addressed|answered)|should be (?:carried out|examined|explored|investigated|researched|studied)|(?:areas?|questions?|issues?|topics?) (?:for|requiring|needing|in need of|that need|which need) (?:further |more )?(?:research|study|investigation)|research (?:is|was|are|were) (?:needed|required)|(?:unanswered|open|unresolved) questions|knowledge gaps?|gaps? in (?:our |the )?(?:knowledge|evidence|research))\b/i,
  misconception:
    /\b(?:misconceptions?|myths?|assumptions?|beliefs?|stereotypes?|misperceptions?|misunderstandings?|(?:commonly|widely|often) (?:held|believed|assumed) (?:views?|ideas?|notions?))\b/i,
};
