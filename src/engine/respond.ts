// Composes the Answer for an understood question: the asked figure first, then its context, every
// figure backed by a quoted clause or a structured fact. Never interpolates, never invents.
import type { Knowledge } from '../charter/load.js';
import type { CharterFact, Clause, Target, ThemeKey, YearValue } from '../charter/schema.js';
import { bestSentence, type ClauseIndex, searchClauses } from './clause-search.js';
import type { Answer, Citation, Fact, Intent, Language } from './types.js';
import type { Understanding } from './understand.js';
import {
  amount,
  figure,
  indicatorName,
  indicatorWord,
  joinList,
  themeName,
  valueAt,
  withUnit,
  years as yearList,
} from './wording.js';

export type Deps = { knowledge: Knowledge; clauseIndex: ClauseIndex };

/** The answer plus what the thread should remember from it. */
export type Response = { answer: Answer; remember: Pick<Intent, 'wijken' | 'indicators' | 'theme'> | null };

const QUOTE_MAX = 600;
/** How strong a clause match must be before it is offered as what the charter says instead. */
const MENTION_SCORE = 5;
const TARGET_WORD =
  / (target|targets|goal|goals|doel|doelen|doelstelling|doelstellingen|streefwaarde|streefcijfer) /;

function citation(clause: Clause, quote = clause.text): Citation {
  return { id: clause.id, section: clause.section, quote };
}

function cite(deps: Deps, id: string, quote?: string): Citation {
  const clause = deps.knowledge.clauseById.get(id);
  if (!clause) throw new Error(`unknown clause ${id}`);
  return citation(clause, quote);
}

function uniqueCitations(list: Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

function targetFacts(t: Target, values: YearValue[], includeBaseline: boolean): Fact[] {
  const base = { wijk: t.wijk, indicator: t.indicator, label: t.label, unit: t.unit, clauseId: t.clauseId };
  const facts: Fact[] = [];
  if (includeBaseline && t.baseline)
    facts.push({ ...base, year: t.baseline.year, value: t.baseline.value, kind: 'level' });
  for (const v of values) facts.push({ ...base, year: v.year, value: v.value, kind: t.kind });
  return facts;
}

const wijkName = (deps: Deps, key: string) =>
  deps.knowledge.lexicon.wijken.find((w) => w.key === key)?.name ?? key;
const charterWijken = (deps: Deps) => deps.knowledge.lexicon.wijken.filter((w) => w.inCharter);

// ---------------------------------------------------------------------------------------------
// Suggestions: questions built from real targets, in the asker's language.

function suggestionFor(t: Target, lang: Language, deps: Deps): string {
  const word = indicatorWord(deps.knowledge.lexicon, t.indicator, lang);
  const year = t.targets.at(-1)?.year ?? 2017;
  return lang === 'nl'
    ? `Wat is het doel voor ${word} in ${t.wijk} voor ${year}?`
    : `What is the ${t.wijk} ${word} target for ${year}?`;
}

function suggestions(
  deps: Deps,
  lang: Language,
  hint: { wijk?: string; indicators?: string[] } = {},
): string[] {
  const { targets } = deps.knowledge;
  const pool: Target[] = [];
  const add = (t: Target | undefined) => {
    if (t && !pool.includes(t) && pool.length < 3) pool.push(t);
  };
  if (hint.wijk) for (const t of targets.filter((x) => x.wijk === hint.wijk)) add(t);
  if (hint.indicators?.length)
    for (const t of targets.filter((x) => hint.indicators?.includes(x.indicator))) add(t);
  const out = pool.slice(0, 2).map((t) => suggestionFor(t, lang, deps));
  const defaults =
    lang === 'nl'
      ? [
          'Wat is het doel voor woninginbraken in Ondiep voor 2011?',
          'Hoe groot is het leefbaarheidbudget per wijk?',
        ]
      : ['What is the Ondiep burglary target for 2011?', 'When was the charter signed?'];
  for (const d of defaults) if (out.length < 3 && !out.includes(d)) out.push(d);
  return out.slice(0, 3);
}

// ---------------------------------------------------------------------------------------------
// Statuses without a figure.

function clarify(
  deps: Deps,
  lang: Language,
  why: 'vague' | 'too_long',
  hint: { wijk?: string; indicators?: string[] } = {},
): Answer {
  const answer =
    why === 'too_long'
      ? lang === 'nl'
        ? 'Uw vraag is te lang om te beantwoorden. Stel één korte vraag over een wijk, een onderwerp en een jaar.'
        : 'Your question is too long to answer. Please ask one short question about a wijk, a topic and a year.'
      : lang === 'nl'
        ? 'Uw vraag is te kort om te beantwoorden. Noem een wijk (Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost), een onderwerp (bijvoorbeeld woninginbraken of uitkeringen) en eventueel een jaar (2011 of 2017).'
        : 'Your question is too short to answer. Please name a wijk (Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost), a topic (for example burglary or benefits) and, if you like, a year (2011 or 2017).';
  return {
    status: 'clarify',
    language: lang,
    answer,
    facts: [],
    citations: [],
    suggestions: suggestions(deps, lang, hint),
  };
}

export function tooLong(deps: Deps, lang: Language): Answer {
  return clarify(deps, lang, 'too_long');
}

/** A wijk the charter does not cover. Hoograven is named in the charter as outside it: quote that. */
function outsideCharter(deps: Deps, lang: Language, key: string): Answer {
  const name = wijkName(deps, key);
  const covered = joinList(
    charterWijken(deps).map((w) => w.name),
    lang,
  );
  const mention = deps.knowledge.clauses.find(
    (c) =>
      c.kind !== 'footnote' &&
      c.text.includes(name) &&
      /g[ée]{1,2}n onderdeel|geen deel|niet onder/i.test(c.text),
  );
  const scope = deps.knowledge.clauses[0];
  const citations = mention ? [citation(mention)] : scope ? [citation(scope)] : [];
  const answer = mention
    ? lang === 'nl'
      ? `${name} valt niet onder de afspraken van dit charter: de gemeente heeft ${name} zelf als extra aandachtswijk toegevoegd, maar het charter tussen rijk en gemeente gaat over ${covered}. Voor ${name} staan er dus geen doelen in het charter.`
      : `${name} is not covered by this charter: the municipality added ${name} as an extra priority wijk of its own, but the charter between the national government and the municipality covers ${covered} only. The charter therefore sets no targets for ${name}.`
    : lang === 'nl'
      ? `Het charter gaat alleen over ${covered}; over ${name} bevat het geen afspraken of doelen.`
      : `The charter covers only ${covered}; it contains no agreements or targets for ${name}.`;
  return {
    status: 'not_found',
    language: lang,
    answer,
    facts: [],
    citations,
    suggestions: suggestions(deps, lang),
  };
}

function noSuchTopic(deps: Deps, lang: Language, wijk: string | null, folded?: string): Answer {
  const list = wijk ? deps.knowledge.targets.filter((t) => t.wijk === wijk) : [];
  const topics = [...new Set(list.map((t) => indicatorWord(deps.knowledge.lexicon, t.indicator, lang)))];
  let answer =
    lang === 'nl'
      ? `Het charter bevat geen doel over dat onderwerp${wijk ? ` voor ${wijk}` : ''}.${topics.length ? ` De doelen voor ${wijk} gaan over: ${joinList(topics, lang)}.` : ''}`
      : `The charter sets no target on that topic${wijk ? ` for ${wijk}` : ''}.${topics.length ? ` Its targets for ${wijk} cover: ${joinList(topics, lang)}.` : ''}`;
  // Where the charter does mention the topic without a target (bicycle theft), say what it does say.
  const mention = folded ? searchClauses(deps.clauseIndex, folded, 1)[0] : undefined;
  const citations: Citation[] = [];
  if (
    mention &&
    mention.score >= MENTION_SCORE &&
    !deps.knowledge.targets.some((t) => t.clauseId === mention.clause.id)
  ) {
    const sentence = bestSentence(deps.clauseIndex, mention.clause, folded ?? '');
    answer +=
      lang === 'nl'
        ? ` Wel staat er in het charter: “${sentence}”`
        : ` The charter does say (in Dutch): “${sentence}”`;
    citations.push(
      citation(mention.clause, mention.clause.text.length > QUOTE_MAX ? sentence : mention.clause.text),
    );
  }
  return {
    status: 'not_found',
    language: lang,
    answer,
    facts: [],
    citations,
    suggestions: suggestions(deps, lang, wijk ? { wijk } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Targets.

type Found = { target: Target; standIn: boolean };

/** The wijk's targets for the asked indicators, or the target the lexicon says stands in for them. */
function findTargets(deps: Deps, wijk: string, asked: string[]): Found[] {
  const own = deps.knowledge.targets.filter((t) => t.wijk === wijk && asked.includes(t.indicator));
  if (own.length > 0) return own.map((target) => ({ target, standIn: false }));
  const lex = deps.knowledge.lexicon.indicators;
  const related = (key: string) => {
    const entry = lex.find((i) => i.key === key);
    return asked.some(
      (a) => entry?.standsInFor.includes(a) || lex.find((i) => i.key === a)?.standsInFor.includes(key),
    );
  };
  return deps.knowledge.targets
    .filter((t) => t.wijk === wijk && related(t.indicator))
    .map((target) => ({ target, standIn: true }));
}

function standInNote(deps: Deps, found: Found, asked: string[], lang: Language, wijken?: string): string {
  const t = found.target;
  const lex = deps.knowledge.lexicon;
  const askedName = indicatorName(lex, asked[0] ?? '', lang, '');
  const where = wijken ?? t.wijk;
  const combined = (lex.indicators.find((i) => i.key === t.indicator)?.standsInFor.length ?? 0) > 1;
  const relative =
    t.kind === 'change_vs_2006'
      ? lang === 'nl'
        ? ', uitgedrukt als verandering ten opzichte van 2006'
        : ', expressed as a change relative to 2006'
      : '';
  if (combined) {
    return lang === 'nl'
      ? ` Let op: voor ${where} heeft het charter geen apart doel voor ${askedName}, maar één gecombineerd doel voor ${t.label.replace(/^percentage /, '')}${relative}.`
      : ` Note: for ${where} the charter has no separate target for ${askedName}; it sets one combined target for ${t.label.replace(/^percentage /, '')} (burglaries and car break-ins together)${relative}.`;
  }
  return lang === 'nl'
    ? ` Let op: voor ${where} heeft het charter geen doel voor ${askedName}; het gebruikt daar de indicator "${t.label}"${relative}.`
    : ` Note: for ${where} the charter has no target for ${askedName}; it uses the indicator "${t.label}" instead${relative}.`;
}

function trajectoryText(t: Target, lang: Language, except?: number): string {
  const parts: string[] = [];
  if (t.baseline && except !== t.baseline.year) {
    parts.push(`${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)}`);
  }
  for (const v of t.targets) {
    if (v.year === except) continue;
    parts.push(
      lang === 'nl'
        ? `doel ${v.year}: ${valueAt(t, v, lang, false)}`
        : `${v.year} target: ${valueAt(t, v, lang, false)}`,
    );
  }
  return parts.join('; ');
}

/** One target, one wijk: the asked figure first, then baseline and the other milestone. */
function singleTarget(
  deps: Deps,
  intent: Intent,
  found: Found,
): { text: string; status: Answer['status']; facts: Fact[] } {
  const t = found.target;
  const lang = intent.language;
  const name = indicatorName(deps.knowledge.lexicon, t.indicator, lang, t.label);
  const note = found.standIn ? standInNote(deps, found, intent.indicators, lang) : '';
  const asked = intent.years.filter((y) => y !== t.baseline?.year && y !== 2006);

  if (intent.asks === 'baseline' || (intent.years.length > 0 && asked.length === 0)) {
    if (!t.baseline) {
      const text =
        lang === 'nl'
          ? `Het charter noemt voor ${t.wijk} geen cijfer voor 2006 voor ${name}: het doel is uitgedrukt als verandering ten opzichte van 2006 (${trajectoryText(t, lang)}).${note}`
          : `The charter gives no 2006 figure for ${name} in ${t.wijk}: the target is expressed as a change relative to 2006 (${trajectoryText(t, lang)}).${note}`;
      return { text, status: 'partial', facts: targetFacts(t, t.targets, false) };
    }
    const b = t.baseline;
    const text =
      lang === 'nl'
        ? `In ${b.year} (de nulmeting) was dit voor ${t.wijk} ${withUnit(b, t.unit, lang)} (${name}). Het charter stelt als doel ${t.targets.map((v) => `${valueAt(t, v, lang)} in ${v.year}`).join(' en ')}.${note}`
        : `In ${b.year} (the baseline) the figure for ${t.wijk} was ${withUnit(b, t.unit, lang)} (${name}). The charter's target is ${t.targets.map((v) => `${valueAt(t, v, lang)} by ${v.year}`).join(' and ')}.${note}`;
    return { text, status: 'answered', facts: targetFacts(t, t.targets, true) };
  }

  if (asked.length > 0) {
    const hits = t.targets.filter((v) => asked.includes(v.year));
    const missing = asked.filter((y) => !t.targets.some((v) => v.year === y));
    if (hits.length === 0) {
      const milestones = joinList(
        t.targets.map((v) =>
          lang === 'nl'
            ? `${valueAt(t, v, lang, false)} in ${v.year}`
            : `${valueAt(t, v, lang, false)} for ${v.year}`,
        ),
        lang,
      );
      const from = t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : '';
      const missingText = joinList(missing.map(String), lang);
      const text =
        lang === 'nl'
          ? `Het charter noemt voor ${t.wijk} geen doel voor ${missingText} voor ${name}. Het noemt alleen ${t.targets.length > 1 ? 'doelen' : 'een doel'} voor ${yearList(t.targets, lang)}: ${milestones}${from}.${note}`
          : `The charter sets no ${missingText} target for ${name} in ${t.wijk}. It sets ${t.targets.length > 1 ? 'targets' : 'a target'} for ${yearList(t.targets, lang)} only: ${milestones}${from}.${note}`;
      return { text, status: 'partial', facts: targetFacts(t, t.targets, true) };
    }
    const lead = hits
      .map((v) =>
        lang === 'nl'
          ? `Het doel voor ${v.year} voor ${name} in ${t.wijk} is ${valueAt(t, v, lang)}`
          : `The ${v.year} target for ${name} in ${t.wijk} is ${valueAt(t, v, lang)}`,
      )
      .join('. ');
    const others = trajectoryText(t, lang, hits.length === 1 ? hits[0]?.year : undefined);
    const gap =
      missing.length > 0
        ? lang === 'nl'
          ? ` Voor ${joinList(missing.map(String), lang)} noemt het charter geen doel.`
          : ` The charter sets no target for ${joinList(missing.map(String), lang)}.`
        : '';
    const text = `${lead}${hits.length === 1 && others ? ` (${others})` : ''}.${gap}${note}`;
    return {
      text,
      status: missing.length > 0 ? 'partial' : 'answered',
      facts: targetFacts(t, t.targets, true),
    };
  }

  const text =
    lang === 'nl'
      ? `${capital(name)} in ${t.wijk}: ${trajectoryText(t, lang)}.${note}`
      : `${capital(name)} in ${t.wijk}: ${trajectoryText(t, lang)}.${note}`;
  return { text, status: 'answered', facts: targetFacts(t, t.targets, true) };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function citywideAnswer(deps: Deps, intent: Intent, indicators: string[]): Answer | null {
  const lang = intent.language;
  const avg = deps.knowledge.citywide.find((c) => indicators.includes(c.indicator));
  if (!avg) return null;
  const name = indicatorName(deps.knowledge.lexicon, avg.indicator, lang, avg.label);
  const v = withUnit({ text: avg.text }, avg.unit, lang);
  const facts: Fact[] = [
    {
      wijk: null,
      indicator: avg.indicator,
      label: avg.label,
      year: avg.year,
      value: avg.value,
      unit: avg.unit,
      kind: 'citywide_average',
      clauseId: avg.clauseId,
    },
  ];
  const citations = [cite(deps, avg.clauseId)];
  let text =
    lang === 'nl'
      ? `Het stedelijk gemiddelde in ${avg.year} voor ${name} was ${v} (heel Utrecht).`
      : `The city-wide average for ${name} in ${avg.year} was ${v} (all of Utrecht).`;
  for (const key of intent.wijken) {
    const t = deps.knowledge.targets.find(
      (x) => x.wijk === wijkName(deps, key) && x.indicator === avg.indicator && x.baseline,
    );
    if (!t?.baseline) continue;
    text +=
      lang === 'nl'
        ? ` In ${t.wijk} was het in ${t.baseline.year} ${withUnit(t.baseline, t.unit, lang)}.`
        : ` In ${t.wijk} it was ${withUnit(t.baseline, t.unit, lang)} in ${t.baseline.year}.`;
    facts.push(...targetFacts(t, [], true));
    citations.push(cite(deps, t.clauseId));
  }
  return { status: 'answered', language: lang, answer: text, facts, citations };
}

function compare(deps: Deps, intent: Intent, indicators: string[]): Answer | null {
  const lang = intent.language;
  const year = intent.years.find((y) => y !== 2006) ?? null;
  const useBaseline = year === null && intent.years.includes(2006);
  const rows = deps.knowledge.targets
    .filter((t) => indicators.includes(t.indicator) && t.kind === 'level')
    .map((t) => {
      const v = useBaseline ? t.baseline : year ? t.targets.find((x) => x.year === year) : t.targets.at(-1);
      return v ? { t, v } : null;
    })
    .filter((r): r is { t: Target; v: YearValue } => r !== null);
  if (rows.length === 0) return null;
  const values = rows.map((r) => r.v.value);
  const extreme = intent.asks === 'lowest' ? Math.min(...values) : Math.max(...values);
  const winners = rows.filter((r) => r.v.value === extreme);
  const first = winners[0] as { t: Target; v: YearValue };
  const name = indicatorName(deps.knowledge.lexicon, first.t.indicator, lang, first.t.label);
  const when = useBaseline ? String(first.v.year) : String(first.v.year);
  const which = joinList(
    winners.map((r) => r.t.wijk),
    lang,
  );
  const others = rows
    .filter((r) => !winners.includes(r))
    .map((r) => `${r.t.wijk} ${withUnit(r.v, r.t.unit, lang)}`)
    .join(', ');
  const kind = useBaseline ? (lang === 'nl' ? 'waarde' : 'figure') : lang === 'nl' ? 'doel' : 'target';
  const low = intent.asks === 'lowest';
  const text =
    lang === 'nl'
      ? `${which} ${winners.length > 1 ? 'hebben' : 'heeft'} het ${low ? 'laagste' : 'hoogste'} ${kind} voor ${when} voor ${name}: ${withUnit(first.v, first.t.unit, lang)}.${others ? ` Ter vergelijking: ${others}.` : ''}${rows.length < charterWijken(deps).length ? ` De andere wijken hebben voor ${when} geen doel hiervoor.` : ''}`
      : `${which} ${winners.length > 1 ? 'have' : 'has'} the ${low ? 'lowest' : 'highest'} ${when} ${kind} for ${name}: ${withUnit(first.v, first.t.unit, lang)}.${others ? ` For comparison: ${others}.` : ''}${rows.length < charterWijken(deps).length ? ` The other wijken have no ${when} target for this.` : ''}`;
  return {
    status: 'answered',
    language: lang,
    answer: text,
    facts: rows.flatMap((r) => targetFacts(r.t, r.v === r.t.baseline ? [] : [r.v], r.v === r.t.baseline)),
    citations: uniqueCitations(rows.map((r) => cite(deps, r.t.clauseId))),
  };
}

/** Several targets (several wijken, or a theme): one line each, the asked year first. */
function listTargets(deps: Deps, intent: Intent, found: Found[], heading: string): Answer {
  const lang = intent.language;
  const asked = intent.years.filter((y) => y !== 2006);
  const lines: string[] = [];
  const facts: Fact[] = [];
  let missingAll = asked.length > 0;
  for (const { target: t } of found) {
    const name = indicatorName(deps.knowledge.lexicon, t.indicator, lang, t.label);
    const hits = t.targets.filter((v) => asked.includes(v.year));
    if (hits.length > 0) missingAll = false;
    const lead =
      asked.length === 0
        ? trajectoryText(t, lang)
        : hits.length > 0
          ? `${hits.map((v) => `${v.year}: ${valueAt(t, v, lang)}`).join('; ')}${t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : ''}`
          : lang === 'nl'
            ? `geen doel voor ${joinList(asked.map(String), lang)} (${trajectoryText(t, lang)})`
            : `no ${joinList(asked.map(String), lang)} target (${trajectoryText(t, lang)})`;
    const who = found.some((f) => f.target.wijk !== t.wijk) ? `${t.wijk}, ${name}` : capital(name);
    lines.push(`- ${who}: ${lead}`);
    facts.push(...targetFacts(t, t.targets, true));
  }
  const partial =
    missingAll ||
    (asked.length > 0 && found.some((f) => !f.target.targets.some((v) => asked.includes(v.year))));
  return {
    status: missingAll ? 'partial' : partial ? 'partial' : 'answered',
    language: lang,
    answer: `${heading}\n${lines.join('\n')}`,
    facts,
    citations: uniqueCitations(found.map((f) => cite(deps, f.target.clauseId))),
  };
}

function answerTargets(deps: Deps, u: Understanding): Response {
  const intent = u.intent;
  const lang = intent.language;
  const lexicon = deps.knowledge.lexicon;
  const indicators = intent.indicators;

  if (intent.asks === 'citywide' && indicators.length > 0) {
    const a = citywideAnswer(deps, intent, indicators);
    if (a) return { answer: a, remember: { wijken: intent.wijken, indicators, theme: intent.theme } };
  }
  if ((intent.asks === 'lowest' || intent.asks === 'highest') && indicators.length > 0) {
    const a = compare(deps, intent, indicators);
    if (a) return { answer: a, remember: { wijken: [], indicators, theme: intent.theme } };
  }

  const wijkKeys = intent.wijken.length > 0 ? intent.wijken : charterWijken(deps).map((w) => w.key);
  const named = intent.wijken.length > 0;
  let found: Found[] = [];
  if (indicators.length > 0) {
    for (const key of wijkKeys) found.push(...findTargets(deps, wijkName(deps, key), indicators));
  } else {
    const theme: ThemeKey | null = intent.theme;
    found = deps.knowledge.targets
      .filter(
        (t) => wijkKeys.some((k) => wijkName(deps, k) === t.wijk) && (theme === null || t.theme === theme),
      )
      .map((target) => ({ target, standIn: false }));
  }

  if (found.length === 0) {
    if (indicators.length > 0) {
      const where = [
        ...new Set(deps.knowledge.targets.filter((t) => indicators.includes(t.indicator)).map((t) => t.wijk)),
      ];
      const name = indicatorName(lexicon, indicators[0] ?? '', lang, indicators[0] ?? '');
      const wijkList = joinList(
        wijkKeys.map((k) => wijkName(deps, k)),
        lang,
      );
      const answer =
        lang === 'nl'
          ? `Het charter bevat geen doel voor ${name} in ${wijkList}.${where.length ? ` Er is wel een doel voor ${joinList(where, lang)}.` : ''}`
          : `The charter sets no target for ${name} in ${wijkList}.${where.length ? ` It does set one for ${joinList(where, lang)}.` : ''}`;
      return {
        answer: {
          status: 'not_found',
          language: lang,
          answer,
          facts: [],
          citations: [],
          suggestions: suggestions(deps, lang, { indicators }),
        },
        remember: null,
      };
    }
    return {
      answer: noSuchTopic(deps, lang, named ? wijkName(deps, wijkKeys[0] ?? '') : null),
      remember: null,
    };
  }

  const remember = {
    wijken: intent.wijken,
    indicators: [...new Set(found.map((f) => f.target.indicator))],
    theme: intent.theme,
  };
  if (found.length === 1 && (named || indicators.length > 0)) {
    const only = found[0] as Found;
    const { text, status, facts } = singleTarget(deps, intent, only);
    const prefix =
      !named && indicators.length > 0
        ? lang === 'nl'
          ? `Alleen ${only.target.wijk} heeft hiervoor een doel. `
          : `Only ${only.target.wijk} has a target for this. `
        : '';
    return {
      answer: {
        status,
        language: lang,
        answer: prefix + text,
        facts,
        citations: [cite(deps, only.target.clauseId)],
      },
      remember,
    };
  }

  const yearText = intent.years.filter((y) => y !== 2006);
  const forYears = yearText.length
    ? lang === 'nl'
      ? ` voor ${joinList(yearText.map(String), lang)}`
      : ` for ${joinList(yearText.map(String), lang)}`
    : '';
  let heading: string;
  if (indicators.length > 0) {
    const name = indicatorName(lexicon, indicators[0] ?? '', lang, indicators[0] ?? '');
    heading =
      lang === 'nl'
        ? `Doelen${forYears} voor ${name}, per wijk:`
        : `Targets${forYears} for ${name}, by wijk:`;
    const standIns = found.filter((f) => f.standIn);
    if (standIns.length > 0) {
      const where = joinList([...new Set(standIns.map((f) => f.target.wijk))], lang);
      heading += standInNote(deps, standIns[0] as Found, indicators, lang, where);
    }
  } else {
    const wijkList = joinList(
      wijkKeys.map((k) => wijkName(deps, k)),
      lang,
    );
    const themePart = intent.theme
      ? ` ${lang === 'nl' ? 'op het gebied van' : 'on'} ${themeName(lexicon, intent.theme, lang)}`
      : '';
    heading =
      lang === 'nl'
        ? `Doelen${themePart}${forYears} in ${wijkList}:`
        : `Targets${themePart}${forYears} in ${wijkList}:`;
  }
  return { answer: listTargets(deps, intent, found, heading), remember };
}

// ---------------------------------------------------------------------------------------------
// General questions about the charter.

const WANTS_COUNT = / (how many|hoeveel|number of|aantal) /;
const WANTS_AMOUNT =
  / (how much|hoeveel geld|hoe groot|hoe hoog|budget|bedrag|money|geld|euro|eur|amount|funding|kost|costs?) /;
const WANTS_DATE = / (when|wanneer|date|datum|until when|tot wanneer|what day|welke dag) /;

function factKind(f: CharterFact): Fact['kind'] {
  return f.kind === 'percentage' ? 'level' : f.kind;
}

function answerGeneral(deps: Deps, u: Understanding): Response {
  const lang = u.intent.language;
  const folded = u.folded;
  const hits = searchClauses(deps.clauseIndex, folded, 6);
  const best = hits[0];
  // A single weak shared word ("Utrecht", "wijk") is not an answer.
  if (!best || best.score < 2.5) {
    return {
      answer: {
        status: 'not_found',
        language: lang,
        answer:
          lang === 'nl'
            ? 'Daarover zegt het charter niets dat ik kan aanwijzen. Ik beantwoord vragen over de doelen voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost en over de afspraken in het charter.'
            : 'The charter says nothing about that which I can point to. I answer questions about the targets for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost and about the agreements in the charter.',
        facts: [],
        citations: [],
        suggestions: suggestions(deps, lang),
      },
      remember: null,
    };
  }
  const wanted: CharterFact['kind'] | null = WANTS_DATE.test(folded)
    ? 'date'
    : WANTS_AMOUNT.test(folded)
      ? 'amount'
      : WANTS_COUNT.test(folded)
        ? 'count'
        : null;
  const factsOf = (c: Clause) =>
    deps.knowledge.facts.filter((f) => f.clauseId === c.id && (!wanted || f.kind === wanted));
  // Prefer a strong clause that holds the kind of figure asked for.
  const chosen =
    (wanted && hits.find((h) => h.score >= best.score * 0.6 && factsOf(h.clause).length > 0)) || best;
  const clause = chosen.clause;
  const candidates = factsOf(clause);
  const sentence = bestSentence(
    deps.clauseIndex,
    clause,
    folded,
    candidates.length > 0
      ? (s) => candidates.some((f) => s.includes(f.text))
      : wanted === 'date'
        ? (s) => /\b(19|20)\d\d\b/.test(s)
        : undefined,
  );
  const stated = candidates.filter((f) => sentence.includes(f.text));
  // Short clauses read best whole; a long one is quoted by its sentence that holds the answer.
  const quote = clause.text.length > QUOTE_MAX ? sentence : clause.text;
  const shown = clause.text.length > 300 ? sentence : clause.text.replace(/\n/g, ' ');
  const figureText = stated
    .map((f) => (f.kind === 'amount' ? amount(f.text, lang) : figure(f.text, lang)))
    .filter((t, i, all) => all.indexOf(t) === i);
  const lead = figureText.length
    ? lang === 'nl'
      ? `Volgens het charter: ${joinList(figureText, lang)}.`
      : `According to the charter: ${joinList(figureText, lang)}.`
    : lang === 'nl'
      ? 'Het charter zegt hierover:'
      : 'The charter says:';
  const answer = `${lead} “${shown}”`;
  const signingYear = Number(deps.knowledge.meta.signedOn.slice(0, 4)) || 2008;
  const facts: Fact[] = stated.map((f) => ({
    wijk: null,
    indicator: 'charter',
    label: f.label || f.text,
    year: f.year ?? signingYear,
    value: f.value,
    unit: f.unit,
    kind: factKind(f),
    clauseId: f.clauseId,
  }));
  // Other clauses that state the same figure (a date, an amount) corroborate it: cite one more.
  const corroborating = deps.knowledge.facts.find(
    (f) => f.clauseId !== clause.id && f.kind !== 'count' && stated.some((s) => s.text === f.text),
  );
  const more = corroborating ? deps.knowledge.clauseById.get(corroborating.clauseId) : undefined;
  return {
    answer: {
      status: 'answered',
      language: lang,
      answer,
      facts,
      citations: [
        citation(clause, quote),
        ...(more && more.text.length <= QUOTE_MAX ? [citation(more)] : []),
      ],
    },
    remember: null,
  };
}

// ---------------------------------------------------------------------------------------------

export function respond(deps: Deps, u: Understanding): Response {
  const { intent } = u;
  const lang = intent.language;
  const firstWijk = intent.wijken[0] ? wijkName(deps, intent.wijken[0]) : undefined;
  if (u.vague) {
    return {
      answer: clarify(deps, lang, 'vague', { wijk: firstWijk, indicators: intent.indicators }),
      remember: null,
    };
  }
  const hasTopic = intent.indicators.length > 0 || intent.theme !== null;
  // "What is the Hoograven target?" is outside the charter; "how much goes to Hoograven?" is a clause.
  if (
    u.outside.length > 0 &&
    intent.wijken.length === 0 &&
    (hasTopic || u.targetShaped || !intent.unknownTopic)
  ) {
    return { answer: outsideCharter(deps, lang, u.outside[0] as string), remember: null };
  }
  if (!hasTopic) {
    if (intent.wijken.length > 0 && !intent.unknownTopic) return answerTargets(deps, u);
    if (intent.wijken.length > 0 && u.targetShaped)
      return { answer: noSuchTopic(deps, lang, firstWijk ?? null, u.folded), remember: null };
    if (intent.general && u.targetShaped && !intent.unknownTopic) {
      return { answer: clarify(deps, lang, 'vague'), remember: null };
    }
    if (intent.unknownTopic && TARGET_WORD.test(u.folded)) {
      return { answer: noSuchTopic(deps, lang, null, u.folded), remember: null };
    }
    return answerGeneral(deps, u);
  }
  return answerTargets(deps, u);
}
