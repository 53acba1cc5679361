import type { Actor } from '../domain';
import { articleLayout } from './boilerplate';
import { skimSentence } from './coref-state';
import { noteCounterparts } from './counter';
import { denials } from './denial';
import { ellipsisClaims, leadOf } from './ellipsis';
import {
  anyTrigger,
  preview,
  ROLE_AND_NAMES,
  scanParagraph,
  wordsIn,
  type Preview,
  type Word,
} from './filter';
import { datelineEnd, sureSentences, type Segment } from './segments';
import { newArticleState } from './names';
import { analyseBlock, type RawSentence } from './nlp';
import { decisionAuthor, drillAuthor, launchAuthor, speakerAuthor } from './authors';
import { nameOf, sentenceClaims } from './sentence';
import type { ArticleMeta, ArticleResult, ExtractedClaim, Gazetteer, Sentence } from './types';

export { MAX_CONFIDENCE } from './sentence';

/** Acts a later "the decision", "the strike", "the measures" can refer back to. */
const STRUCTURAL = new Set(['OFFICIAL_OF', 'MEMBER_OF']);
const EVENT_PREDICATES = new Set<string>([
  'SUPPLIES',
  'DEPLOYS_TROOPS_TO',
  'SIGNS_TREATY_WITH',
  'SANCTIONS',
  'MEETS',
  'ATTACKS',
  'WARNS',
]);

/** The first state or organization named in a sentence ("Iran suspended …"). */
const leadName = (ms: readonly { actorId: string; kind: string }[], gaz: Gazetteer) => {
  const m = ms[0];
  const kind = m && m.kind === 'actor' ? gaz.actors.get(m.actorId)?.kind : undefined;
  return kind === 'STATE' || kind === 'ORGANIZATION' ? m!.actorId : undefined;
};

/**
 * Extracts the claims of one article, plus the actors they mention that the gazetteer
 * does not know. Pure: the same text, meta and gazetteer always give the same result.
 */
/** Acts two parties do together: "they" in the next sentence may be both of them. */
const JOINT = new Set(['MEETS', 'SIGNS_TREATY_WITH']);

export const extractArticle = (text: string, meta: ArticleMeta, gaz: Gazetteer): ArticleResult => {
  const layout = articleLayout(text);
  const articleDate = meta.date ?? layout.date;
  const st = newArticleState();
  const claims: ExtractedClaim[] = [];
  const perSentence: ExtractedClaim[][] = [];
  let index = 0;
  let lead: string | undefined;
  const slice = (g: Segment) => text.slice(g.start, g.end);
  /** A sentence that cannot hold a claim: only its names are remembered. */
  const skip = (look: Preview): void => {
    skimSentence(look.names, gaz, st);
    perSentence.push([]);
    st.lastLead = leadName(look.names, gaz);
    st.prevLead = st.lastLead;
  };
  const sentence = (raw: RawSentence, analysed: Sentence, words: Word[]): void => {
    const look = preview(words, raw.text, st);
    if (!look.candidate) return skip(look);
    const found = sentenceClaims(raw, analysed, index++, text, meta, articleDate, gaz, st);
    claims.push(
      ...found.claims,
      ...denials(found.ctx, text, raw, found.claims, perSentence.slice(-2).flat(), (id) =>
        nameOf(gaz, st, id),
      ),
    );
    // "…, as did Japan", "Canada followed suit": the act again, for the followers
    const before = { claims: perSentence.at(-1) ?? [], lead };
    const repeated = ellipsisClaims(found.ctx, text, raw, found.claims, before, (id) =>
      nameOf(gaz, st, id),
    );
    lead = leadOf(found.ctx);
    st.prevLead = lead;
    claims.push(...repeated);
    found.claims.push(...repeated);
    noteCounterparts(found.claims, gaz, st);
    perSentence.push(found.claims);
    st.sentences++;
    const decided = found.claims.find(
      (c) => c.status === 'negated' || c.status === 'hypothetical' || c.predicate === 'SANCTIONS',
    );
    if (decided) st.lastDecision = { id: decided.subjectId, sentence: st.sentences };
    const act = found.claims.find((c) => EVENT_PREDICATES.has(c.predicate));
    if (act) st.lastAgent = act.subjectId;
    st.lastLead = found.claims.length > 0 ? undefined : leadName(found.ctx.ms, gaz);
    // a launch without a target: "the launch" later still refers to its author
    const launcher = found.claims.some((c) => c.predicate === 'ATTACKS')
      ? undefined
      : launchAuthor(found.ctx);
    if (launcher !== undefined) {
      st.lastAgent = launcher;
      st.lastBy.set('ATTACKS', launcher);
      st.coAuthors.delete('ATTACKS');
    }
    const driller = drillAuthor(found.ctx);
    if (driller !== undefined) st.lastBy.set('DRILLS', driller);
    const decider = decisionAuthor(found.ctx);
    if (decider !== undefined) st.lastDecider = { id: decider, sentence: st.sentences };
    const speaker = speakerAuthor(found.ctx);
    if (speaker !== undefined) st.lastBy.set('SPEECH', speaker);
    const pair = found.claims.find((c) => !STRUCTURAL.has(c.predicate));
    if (pair) st.lastPair = [pair.subjectId, pair.objectId];
    const joint = found.claims.find((c) => JOINT.has(c.predicate) && c.status === 'asserted');
    if (joint) st.lastJoint = { ids: [joint.subjectId, joint.objectId], sentence: st.sentences };
    const seen = new Set<string>();
    // (an accusation or a hypothesis does not displace an act that took place: "Russia has
    // deployed troops to Belarus … he accused NATO of massing forces … condemned the deployment")
    const unsure = new Set(['alleged', 'hypothetical', 'negated', 'denied']);
    for (const c of found.claims)
      if (!seen.has(c.predicate) && !(unsure.has(c.status) && st.lastBy.has(c.predicate))) {
        seen.add(c.predicate);
        st.lastBy.set(c.predicate, c.subjectId);
        if (unsure.has(c.status)) st.unsureBy.add(c.predicate);
        else st.unsureBy.delete(c.predicate);
        // ("Israel and the United States struck Iran … Moscow condemned the strikes")
        const group = [
          ...new Set(
            found.claims
              .filter(
                (x) =>
                  x.predicate === c.predicate && x.objectId === c.objectId && !unsure.has(x.status),
              )
              .map((x) => x.subjectId),
          ),
        ];
        if (group.length > 1 && group.includes(c.subjectId)) st.coAuthors.set(c.predicate, group);
        else st.coAuthors.delete(c.predicate);
      }
  };
  // A paragraph none of whose sentences could hold a claim (no trigger word, or fewer than two
  // possible actors in the whole paragraph, judged with what the article has named so far) is
  // only skimmed for names: it is not even split into sentences.
  for (const block of layout.blocks) {
    const b = { start: datelineEnd(text, block.start, block.end), end: block.end };
    if (b.start > block.start && st.dateline === undefined) {
      const city = scanParagraph(text, block.start, b.start, gaz).find((w) => w.id !== undefined);
      const state = city?.id === undefined ? undefined : gaz.actors.get(city.id);
      if (state?.kind === 'STATE') st.dateline = state.id;
    }
    const words = scanParagraph(text, b.start, b.end, gaz);
    const paragraph = text.slice(b.start, b.end);
    const look = preview(words, paragraph, st);
    if (!anyTrigger(words, paragraph) || !(look.candidate || ROLE_AND_NAMES(paragraph))) {
      skimSentence(look.names, gaz, st);
      perSentence.push([]);
      continue;
    }
    // its first sentences that cannot hold a claim, and its last ones without a trigger word,
    // are skimmed untagged (tagging costs more than all the rest)
    const segments = sureSentences(text, b.start, b.end);
    const lookAt = (g: Segment) => preview(wordsIn(words, g.start, g.end), slice(g), st);
    let first = 0;
    for (let look = lookAt(segments[0]!); !look.candidate; look = lookAt(segments[first]!)) {
      skip(look);
      if (++first === segments.length) break;
    }
    let last = segments.length - 1;
    while (
      last >= first &&
      !anyTrigger(
        wordsIn(words, segments[last]!.start, segments[last]!.end),
        slice(segments[last]!),
      )
    )
      last--;
    if (last < first) continue;
    const span = { start: segments[first]!.start, end: segments[last]!.end };
    for (const { raw, sentence: analysed } of analyseBlock(text, span))
      sentence(raw, analysed, wordsIn(words, raw.start, raw.end));
    for (const g of segments.slice(last + 1)) skip(lookAt(g));
  }
  const used = new Set(claims.flatMap((c) => [c.subjectId, c.objectId, c.attributedToId ?? '']));
  const newActors: Actor[] = [];
  for (const a of st.created.values()) {
    if (!used.has(a.id)) continue;
    if (a.affiliation !== undefined && !gaz.actors.has(a.affiliation) && !used.has(a.affiliation)) {
      const { affiliation: _drop, ...rest } = a;
      newActors.push(rest);
    } else newActors.push(a);
  }
  claims.sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    claims,
    newActors,
    ...(layout.title !== undefined ? { title: layout.title } : {}),
    ...(articleDate !== undefined ? { date: articleDate } : {}),
  };
};

/** The claims of one article (see extractArticle). */
export const extractClaims = (text: string, meta: ArticleMeta, gaz: Gazetteer): ExtractedClaim[] =>
  extractArticle(text, meta, gaz).claims;
