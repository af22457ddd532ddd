// Progress in words, Dutch and English: statuses, why a target has its status, one line per target, and
// the method explained. Renderers (CLI, console, chat) and the engine's answers share these words.
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import type {
  Judgement,
  MilestoneProgress,
  ProgressOptions,
  ProgressStatus,
  TargetProgress,
} from '../progress/types.js';
import { messages } from './catalogue.js';
import { num, valueWithUnit } from './numbers.js';

export const statusWord = (s: ProgressStatus, lang: Language) => messages(lang).progressStatus[s];
export const judgementWord = (j: Judgement, lang: Language) => messages(lang).judgement[j];

export function indicatorLabel(
  lexicon: Lexicon,
  p: Pick<TargetProgress, 'indicator' | 'label'>,
  lang: Language,
) {
  return lexicon.indicators.find((i) => i.key === p.indicator)?.[lang].name ?? p.label;
}

const v = (p: TargetProgress, value: number, lang: Language) => valueWithUnit(value, p.unit, lang);

/** Said once when every milestone has passed. */
export const endedSentence = (lang: Language) =>
  lang === 'nl'
    ? 'De looptijd van het charter is voorbij: elk doel heeft zijn laatste mijlpaal gehad.'
    : 'The charter period has ended: every target has had its last milestone.';

/** Said once above a list of targets when every milestone has passed. */
export const endedText = (lang: Language, wijk: string | null = null) =>
  lang === 'nl'
    ? `De looptijd van het charter is voorbij; eindstand per doel${wijk ? ` van ${wijk}` : ''}:`
    : `The charter period has ended; final standing per target${wijk ? ` for ${wijk}` : ''}:`;

/**
 * What a passed milestone was judged on, verb included: "gemeten 16 in 2017", or "gemeten in 2016: 14 (2017
 * zelf is niet gemeten)" when the year next to it stood in; with the measurement's source when asked for.
 * Empty when it was not measured.
 */
export function judgedOnText(
  p: TargetProgress,
  m: MilestoneProgress,
  lang: Language,
  options: { source?: boolean } = {},
): string {
  if (m.measured === null || m.measuredYear === null) return '';
  const words = messages(lang);
  const source = options.source ? p.measurements.find((x) => x.year === m.measuredYear)?.source : undefined;
  if (m.measuredYear === m.year)
    return `${words.measured} ${v(p, m.measured, lang)} in ${m.year}${source ? ` (${source})` : ''}`;
  const note = lang === 'nl' ? `${m.year} zelf is niet gemeten` : `${m.year} itself was not measured`;
  return `${words.measuredIn(m.measuredYear)}: ${v(p, m.measured, lang)} (${source ? `${source}; ` : ''}${note})`;
}

/**
 * For a milestone that was not measured: the last measured value, its year and source, and what the trend
 * implied then ("toen op koers"). No computed figure: every number in it is a charter or measured value.
 */
export function trendText(p: TargetProgress, lang: Language): string {
  const nl = lang === 'nl';
  const goal = p.milestone.value !== null ? ` (${v(p, p.milestone.value, lang)})` : '';
  const none = nl
    ? `Het doel voor ${p.milestone.year}${goal} is niet te beoordelen: er is geen meting van dat jaar of het jaar ervoor of erna.`
    : `The ${p.milestone.year} target${goal} cannot be judged: that year and the years either side of it were not measured.`;
  if (!p.latest) return none;
  const l = p.latest;
  const last = nl
    ? ` De laatste meting is ${v(p, l.value, lang)} in ${l.year} (${l.source})`
    : ` The latest measurement is ${v(p, l.value, lang)} in ${l.year} (${l.source})`;
  if (!p.trend) return `${none}${last}.`;
  const implied =
    p.trend.status === 'achieved'
      ? nl
        ? '; die haalde het doel toen al'
        : '; it already met the target then'
      : nl
        ? `; toen lag het doel ${statusWord(p.trend.status, lang)}`
        : `; the target was ${statusWord(p.trend.status, lang)} then`;
  return `${none}${last}${implied}.`;
}

/** The charter's own milestone: a level, or "-33% t.o.v. 2006" / "-33% vs 2006". */
export function charterMilestone(p: TargetProgress, year: number, lang: Language): string {
  const m = p.milestones.find((x) => x.year === year);
  if (!m) return '';
  if (m.charter.kind === 'level') return v(p, m.charter.value, lang);
  const sign = p.direction === 'down' ? '−' : '+';
  return `${sign}${num(m.charter.value, lang)}% ${messages(lang).versus} 2006`;
}

/** "38 (2006) → 30 (2009) → 21 (2011)": baseline, latest, milestone, as far as they are known. */
export function pathText(p: TargetProgress, lang: Language): string {
  const parts: string[] = [];
  parts.push(p.baseline ? `${v(p, p.baseline.value, lang)} (${p.baseline.year})` : `? (2006)`);
  if (p.latest) parts.push(`${v(p, p.latest.value, lang)} (${p.latest.year})`);
  else parts.push(messages(lang).notMeasuredYet);
  const goal =
    p.milestone.value !== null ? v(p, p.milestone.value, lang) : charterMilestone(p, p.milestone.year, lang);
  parts.push(`${goal} (${p.milestone.year})`);
  return parts.join(' → ');
}

/** Why the target has its status, with its inputs, in one or two sentences. */
export function reasonText(p: TargetProgress, lang: Language): string {
  const nl = lang === 'nl';
  const goal = p.milestone.value !== null ? v(p, p.milestone.value, lang) : '';
  switch (p.reason) {
    case 'change_without_baseline':
      return nl
        ? `Het doel is een verandering ten opzichte van 2006 (${charterMilestone(p, p.milestone.year, lang)} in ${p.milestone.year}); zonder gemeten waarde voor 2006 is er geen niveau om de voortgang aan af te meten.`
        : `The target is a change relative to 2006 (${charterMilestone(p, p.milestone.year, lang)} by ${p.milestone.year}); without a measured 2006 value there is no level to measure progress against.`;
    case 'no_measurement':
      return `${p.ended ? `${endedSentence(lang)} ` : ''}${
        nl
          ? `Er is na ${p.baseline?.year ?? 2006} nog niets gemeten.`
          : `Nothing has been measured since ${p.baseline?.year ?? 2006}.`
      }`;
    case 'meets_milestone': {
      const l = p.latest as NonNullable<TargetProgress['latest']>;
      return nl
        ? `De laatste meting (${v(p, l.value, lang)} in ${l.year}, ${l.source}) haalt het doel voor ${p.milestone.year} (${goal}) al.`
        : `The latest measurement (${v(p, l.value, lang)} in ${l.year}, ${l.source}) already meets the ${p.milestone.year} target (${goal}).`;
    }
    case 'rate_ratio': {
      const l = p.latest as NonNullable<TargetProgress['latest']>;
      const b = p.baseline as NonNullable<TargetProgress['baseline']>;
      const ratio = p.ratio ?? 0;
      const pace =
        ratio < 0
          ? nl
            ? 'beweegt de verkeerde kant op'
            : 'is moving the wrong way'
          : nl
            ? `gaat met ${num(ratio * 100, lang).split(/[.,]/)[0]}% van het tempo dat nodig is`
            : `is moving at ${num(ratio * 100, lang).split(/[.,]/)[0]}% of the pace needed`;
      const expected = p.expected !== null ? valueWithUnit(p.expected, p.unit, lang, 1) : '';
      return nl
        ? `Van ${v(p, b.value, lang)} (${b.year}) naar ${v(p, l.value, lang)} (${l.year}, ${l.source}): de wijk ${pace} om ${goal} in ${p.milestone.year} te halen (R = ${num(ratio, lang)}). Verwacht rond nu: ${expected}.`
        : `From ${v(p, b.value, lang)} (${b.year}) to ${v(p, l.value, lang)} (${l.year}, ${l.source}): the wijk ${pace} to reach ${goal} by ${p.milestone.year} (R = ${num(ratio, lang)}). Expected by now: ${expected}.`;
    }
    case 'final_milestone': {
      const last = p.milestones.at(-1) as MilestoneProgress;
      return nl
        ? `De looptijd van het charter is voorbij: het doel voor ${p.milestone.year} (${goal}) is ${statusWord(p.status, lang)}, ${judgedOnText(p, last, lang, { source: true })}.`
        : `The charter period has ended: the ${p.milestone.year} target (${goal}) was ${statusWord(p.status, lang)}, ${judgedOnText(p, last, lang, { source: true })}.`;
    }
    case 'final_not_measured':
      return nl
        ? `De looptijd van het charter is voorbij. ${trendText(p, lang)}`
        : `The charter period has ended. ${trendText(p, lang)}`;
  }
}

export function staleText(p: TargetProgress, lang: Language): string {
  if (!p.stale || !p.latest) return '';
  return lang === 'nl'
    ? `De laatste meting is van ${p.latest.year}: verouderd.`
    : `The latest measurement is from ${p.latest.year}: out of date.`;
}

export function revisionText(p: TargetProgress, lang: Language): string {
  const revised = p.milestones.filter((m) => m.revision);
  if (revised.length === 0) return '';
  const parts = revised.map(
    (m) => `${m.year}: ${v(p, m.revision?.value ?? 0, lang)} (charter: ${charterMilestone(p, m.year, lang)})`,
  );
  const source = revised[0]?.revision?.source ?? '';
  return lang === 'nl'
    ? `Bijgesteld doel (${source}): ${parts.join('; ')}.`
    : `Revised target (${source}): ${parts.join('; ')}.`;
}

/** How the status is decided, in plain language, with the thresholds and the data's dates. */
export function explainMethod(
  options: ProgressOptions,
  lang: Language,
  data: {
    asOf: string;
    measured: number;
    firstYear: number | null;
    lastYear: number | null;
    revisions: number;
  },
): string {
  const nl = lang === 'nl';
  const years =
    data.firstYear !== null
      ? `${data.firstYear}${data.lastYear !== data.firstYear ? `–${data.lastYear}` : ''}`
      : '';
  const lines = nl
    ? [
        `Peildatum: ${data.asOf}. Metingen: ${data.measured}${years ? ` (jaren ${years})` : ''}; bijgestelde doelen: ${data.revisions}.`,
        'Methode: de snelheidsverhouding van Statistics Canada / Open SDG. Vanaf de uitgangswaarde b (2006) wordt het gemeten jaarlijkse tempo vergeleken met het tempo dat nodig is om het doel t te halen:',
        '  R = d · g_obs / |g_req|, met g_obs = (m/b)^(1/(y−2006)) − 1 en g_req = (t/b)^(1/(jaar doel−2006)) − 1; d = −1 als lager beter is.',
        `  R ≥ ${num(options.onTrack, lang)}: op koers; ${num(options.atRisk, lang)} tot ${num(options.onTrack, lang)}: risico; lager: uit koers (onder 0: de verkeerde kant op). Bij een waarde 0 telt het deel van de afstand dat is afgelegd, gedeeld door het deel van de tijd dat is verstreken.`,
        'Een laatste meting die het doel al haalt: gehaald. Een mijlpaal vóór het peiljaar wordt beoordeeld op de meting van dat jaar; is dat jaar niet gemeten, dan op de dichtstbijzijnde meting binnen één jaar (eerst het jaar ervoor), en dat jaar wordt genoemd: gehaald of niet gehaald. Zonder zo’n meting: mijlpaal niet gemeten, met de laatste meting en wat de trend toen liet zien.',
        'Na de laatste mijlpaal is de looptijd van het charter voorbij: de status is dan het oordeel over die mijlpaal. Geen gegevens betekent: na de uitgangswaarde is niets gemeten.',
        'Een doel als verandering ten opzichte van 2006 wordt pas een niveau met een gemeten waarde voor 2006. Een doel dat is bijgesteld op de nulmeting 2007 (met behoud van de verhouding doel/uitgangswaarde) vervangt het origineel in de berekening; het origineel blijft zichtbaar.',
        `Verouderd: de laatste meting is ouder dan ${options.cadenceYears + options.graceYears} jaar (meetfrequentie ${options.cadenceYears} jaar plus ${options.graceYears} jaar marge).`,
      ]
    : [
        `As of ${data.asOf}. Measurements: ${data.measured}${years ? ` (years ${years})` : ''}; revised targets: ${data.revisions}.`,
        'Method: the Statistics Canada / Open SDG rate ratio. From the baseline b (2006) the observed yearly pace is compared with the pace needed to reach the target t:',
        '  R = d · g_obs / |g_req|, with g_obs = (m/b)^(1/(y−2006)) − 1 and g_req = (t/b)^(1/(target year−2006)) − 1; d = −1 when lower is better.',
        `  R ≥ ${num(options.onTrack, lang)}: on track; ${num(options.atRisk, lang)} to ${num(options.onTrack, lang)}: at risk; lower: off track (below 0: moving the wrong way). Where a value is 0, the share of the gap closed is divided by the share of the time elapsed.`,
        'A latest measurement that already meets the target: achieved. A milestone before the as-of year is judged on the measurement of its own year; when that year was not measured, on the nearest measurement within one year (the year before first), and that year is named: achieved or missed. With neither: milestone not measured, with the latest measurement and what the trend implied then.',
        "After the last milestone the charter period has ended: the status is that milestone's verdict. No data means nothing was measured after the baseline.",
        'A target stated as a change relative to 2006 becomes a level only with a measured 2006 value. A target revised on the 2007 zero measurement (keeping the ratio of target to baseline) replaces the original in the computation; the original stays visible.',
        `Out of date: the latest measurement is more than ${options.cadenceYears + options.graceYears} years old (measured every ${options.cadenceYears} year plus ${options.graceYears} years' grace).`,
      ];
  return lines.join('\n');
}
