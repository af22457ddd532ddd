// Golden cases for the answer engine: question, expected status and language, figures the answer
// must state, words a citation must contain. Threads are consecutive cases sharing `thread`.
export type Case = {
  q: string;
  status: 'answered' | 'partial' | 'not_found' | 'clarify';
  lang?: 'nl' | 'en';
  numbers?: string[];
  cite?: string[];
  thread?: string;
  /** A year the answer must not put in its facts (no interpolation, no invention). */
  absentYear?: number;
  /** Figures the answer's own words (outside quotes) must state: the figure up front is the one asked for. */
  lead?: string[];
  /** A word the answer's own words must contain, alternatives split by `|`: yes/no first. */
  leadWords?: string;
  /** Figures the answer's own words must not state: another subject's figure. */
  notLead?: string[];
  /** Words the answer's text must contain (its quotes included), alternatives split by `|`. */
  words?: string[];
  /** Small talk: a short reply, no citations. */
  chat?: true;
};

const targetCases: Case[] = [
  {
    q: 'What is the Ondiep burglary target for 2011?',
    status: 'answered',
    lang: 'en',
    numbers: ['21', '38', '15'],
    cite: ['woninginbraken'],
  },
  {
    q: 'Wat is het doel voor woninginbraken in Ondiep in 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['15'],
    cite: ['woninginbraken'],
  },
  { q: 'ondiep burglary 2011', status: 'answered', numbers: ['21'], cite: ['woninginbraken'] },
  {
    q: 'What is the Zuilen-Oost burglary target for 2017?',
    status: 'answered',
    lang: 'en',
    numbers: ['15', '23.4'],
    cite: ['woninginbraken'],
  },
  {
    q: 'How many break-ins per 1000 homes did Zuilen-Oost have in 2006?',
    status: 'answered',
    numbers: ['23.4'],
    cite: ['woninginbraken'],
  },
  {
    q: 'What is the Kanaleneiland burglary target for 2017?',
    status: 'answered',
    lang: 'en',
    numbers: ['45'],
    cite: ['inbraken/autokraken'],
  },
  {
    q: 'Overvecht inbraken 2011',
    status: 'answered',
    lang: 'nl',
    numbers: ['33'],
    cite: ['inbraken/autokraken'],
  },
  {
    q: 'Hoeveel autokraken per 1000 inwoners had Zuilen-Oost in 2006?',
    status: 'answered',
    lang: 'nl',
    numbers: ['38,3'],
    cite: ['autokraken'],
  },
  {
    q: 'What is the target for theft from cars in Ondiep in 2017?',
    status: 'answered',
    numbers: ['20'],
    cite: ['autokraken'],
  },
  { q: 'Ondiep violence target 2017', status: 'answered', lang: 'en', numbers: ['5'], cite: ['geweld'] },
  {
    q: 'Wat is het doel voor geweld in Zuilen-Oost in 2011?',
    status: 'answered',
    lang: 'nl',
    numbers: ['7,5'],
    cite: ['geweld'],
  },
  {
    q: 'How many victims of violence per 1000 residents in Ondiep in 2006?',
    status: 'answered',
    numbers: ['10.5'],
    cite: ['geweld'],
  },
  {
    q: 'Hoeveel procent van de inwoners van Overvecht ervaart overlast van jongeren in 2006?',
    status: 'answered',
    lang: 'nl',
    numbers: ['42'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'What is the youth nuisance target for Ondiep in 2011?',
    status: 'answered',
    numbers: ['25'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'jongerenoverlast kanaleneiland 2017',
    status: 'answered',
    lang: 'nl',
    numbers: ['35'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'Zuilen-Oost feeling unsafe target 2011',
    status: 'answered',
    lang: 'en',
    numbers: ['30'],
    cite: ['onveilig'],
  },
  {
    q: 'feelings of insecurity in Ondiep in 2017',
    status: 'answered',
    lang: 'en',
    numbers: ['20'],
    cite: ['onveilig'],
  },
  {
    q: 'Onveiligheidsgevoelens Zuilen Oost 2017',
    status: 'answered',
    lang: 'nl',
    numbers: ['20'],
    cite: ['onveilig'],
  },
  {
    q: 'Overvecht burglary and car break-in reduction target for 2011',
    status: 'answered',
    numbers: ['33'],
    cite: ['inbraken/autokraken'],
  },
  {
    q: 'Wat is de gezondheidsdoelstelling voor Ondiep in 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['10'],
    cite: ['gezond'],
  },
  { q: 'Overvecht health target 2011', status: 'answered', numbers: ['23'], cite: ['gezond'] },
  { q: 'Kanaleneiland HAVO/VWO target for 2017', status: 'answered', numbers: ['26'], cite: ['HAVO/VWO'] },
  {
    q: 'How much should school dropout in Ondiep fall by 2011?',
    status: 'answered',
    numbers: ['10'],
    cite: ['schooluitval'],
  },
  {
    q: 'Overvecht achterstandscore doel 2017',
    status: 'answered',
    lang: 'nl',
    numbers: ['55'],
    cite: ['achterstandscore'],
  },
  {
    q: 'early school leavers in Overvecht by 2017',
    status: 'answered',
    numbers: ['70'],
    cite: ['vroegtijdig schoolverlaters'],
  },
  {
    q: 'voortijdig schoolverlaten Kanaleneiland',
    status: 'answered',
    lang: 'nl',
    numbers: ['60'],
    cite: ['vroegtijdig schoolverlaters'],
  },
  {
    q: 'kindergarten intake Zuilen-Oost 2017',
    status: 'answered',
    numbers: ['20'],
    cite: ['instroom kleuters'],
  },
  {
    q: 'pupils leaving school without a diploma in Ondiep, 2017',
    status: 'answered',
    numbers: ['40'],
    cite: ['zonder diploma'],
  },
  {
    q: 'What is the Ondiep clean street score target for 2017?',
    status: 'answered',
    numbers: ['7,0'],
    cite: ['schone straat'],
  },
  {
    q: 'Kanaleneiland negative outlook on the future, 2017 target',
    status: 'answered',
    numbers: ['20'],
    cite: ['toekomstverwachting'],
  },
  {
    q: 'Hoeveel sociale huurwoningen had Overvecht in 2006?',
    status: 'answered',
    lang: 'nl',
    numbers: ['75'],
    cite: ['sociale huurwoningen'],
  },
  {
    q: 'social housing Kanaleneiland 2017',
    status: 'answered',
    numbers: ['55'],
    cite: ['sociale huurwoningen'],
  },
  {
    q: 'Overvecht neighbourhood rating 2011',
    status: 'answered',
    numbers: ['5.5'],
    cite: ['algemeen oordeel'],
  },
  {
    q: 'Ondiep sociale contacten 2017',
    status: 'answered',
    lang: 'nl',
    numbers: ['3'],
    cite: ['sociale contacten'],
  },
  {
    q: 'residents who feel responsible for the neighbourhood in Kanaleneiland in 2011',
    status: 'answered',
    numbers: ['75'],
    cite: ['verantwoordelijk'],
  },
  { q: 'Zuilen-Oost benefits target for 2011', status: 'answered', numbers: ['16'], cite: ['uitkering'] },
  {
    q: 'Ondiep burgalry target 2011',
    status: 'answered',
    lang: 'en',
    numbers: ['21'],
    cite: ['woninginbraken'],
  },
  { q: 'Kanaleneiland helth 2017', status: 'answered', lang: 'en', numbers: ['16'], cite: ['gezond'] },
  { q: 'welfare dependency Overvecht 2017', status: 'answered', numbers: ['10.5'], cite: ['uitkering'] },
  {
    q: 'Wat is het doel voor uitkeringen in Ondiep in 2011?',
    status: 'answered',
    lang: 'nl',
    numbers: ['14,3'],
    cite: ['uitkering'],
  },
  {
    q: 'Kanaleneiland youth unemployment in 2006',
    status: 'answered',
    numbers: ['4,4'],
    cite: ['werkzoekenden'],
  },
  {
    q: 'What is the Kanaleneiland youth nuisance target for 2017?',
    status: 'answered',
    numbers: ['35'],
    cite: ['overlast van jongeren'],
  },
  { q: 'Overvect youth nuisance 2011', status: 'answered', numbers: ['38'], cite: ['overlast van jongeren'] },
  { q: 'kanaleneilnd benefits 2017', status: 'answered', numbers: ['45'], cite: ['uitkering'] },
  { q: 'zuilen oost violence 2017', status: 'answered', numbers: ['5'], cite: ['geweld'] },
  {
    q: 'What is the trajectory for the Ondiep clean street score?',
    status: 'answered',
    numbers: ['5,0', '6,0', '7,0'],
    cite: ['schone straat'],
  },
  {
    q: 'What was the citywide average for car break-ins per 1000 residents in 2006?',
    status: 'answered',
    numbers: ['25,4'],
    cite: ['25,4 autokraken'],
  },
  {
    q: 'Wat is het stedelijk gemiddelde voor woninginbraken?',
    status: 'answered',
    lang: 'nl',
    numbers: ['21,5'],
    cite: ['21,5 inbraken'],
  },
  {
    q: 'What is the city-wide average for feeling unsafe?',
    status: 'answered',
    numbers: ['30.5'],
    cite: ['30,5%'],
  },
  {
    q: 'Welk cijfer geven bewoners van Overvecht hun buurt in 2006?',
    status: 'answered',
    lang: 'nl',
    numbers: ['5,1'],
    cite: ['algemeen oordeel'],
  },
  // What was to be reached ("moest gehaald worden", "had to be achieved") is the target, not a measurement.
  {
    q: 'Welk rapportcijfer schone straat moest Ondiep in 2017 halen?',
    status: 'answered',
    lang: 'nl',
    lead: ['7,0'],
  },
  {
    q: 'What clean-street score had to be achieved in Ondiep by 2011?',
    status: 'answered',
    lang: 'en',
    lead: ['6.0'],
  },
  {
    thread: 'aimed-for',
    q: 'Welk cijfer gaven de bewoners van Ondiep in 2006 voor hoe schoon de straat is?',
    status: 'answered',
    lang: 'nl',
    lead: ['5,0'],
  },
  { thread: 'aimed-for', q: 'en welk cijfer wilde men in 2017 bereiken?', status: 'answered', lead: ['7,0'] },
  // A target's sentence that limits its ages says them in the answer.
  {
    q: 'What share of Overvecht residents rated their own health as fair or poor in 2006?',
    status: 'answered',
    lang: 'en',
    numbers: ['26', '16', '54'],
  },
  // "welk deel", "keek ... naar" only frame what a target's words say.
  {
    thread: 'outlook',
    q: 'Welk deel van de inwoners van Overvecht keek in 2006 somber naar de toekomst?',
    status: 'answered',
    lang: 'nl',
    lead: ['44'],
  },
  { thread: 'outlook', q: 'en in Ondiep?', status: 'answered', lead: ['29'] },
  { thread: 'outlook', q: 'wat moest dat daar in 2011 zijn?', status: 'answered', lead: ['20'] },
  {
    q: "What is the 2011 target for Kanaleneiland's youth nuisance?",
    status: 'answered',
    numbers: ['50'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'Hoeveel procent minder vroegtijdig schoolverlaters in Overvecht in 2011?',
    status: 'answered',
    lang: 'nl',
    numbers: ['60'],
    cite: ['vroegtijdig schoolverlaters'],
  },
];

const listCases: Case[] = [
  {
    q: 'all Zuilen-Oost housing targets for 2011',
    status: 'answered',
    numbers: ['14', '20', '6'],
    cite: ['toekomstverwachting', 'sociale contacten'],
  },
  {
    q: 'the youth nuisance target for 2017',
    status: 'answered',
    numbers: ['35', '16', '28'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'What is the car break-in target for 2017?',
    status: 'answered',
    numbers: ['20'],
    cite: ['autokraken'],
  },
  {
    q: 'which wijk has the lowest benefits target for 2017?',
    status: 'answered',
    numbers: ['10.5'],
    cite: ['uitkering'],
  },
  {
    q: 'Welke wijk heeft het hoogste doel voor havo/vwo in 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['35'],
    cite: ['HAVO/VWO'],
  },
  {
    q: 'Alle doelen voor Ondiep voor 2017',
    status: 'answered',
    lang: 'nl',
    numbers: ['15', '12,5'],
    cite: ['woninginbraken'],
  },
  {
    q: 'Geef alle doelen voor Kanaleneiland',
    status: 'answered',
    lang: 'nl',
    numbers: ['16', '35'],
    cite: ['HAVO/VWO'],
  },
  {
    q: 'Welke doelen heeft Overvecht voor 2011?',
    status: 'answered',
    lang: 'nl',
    numbers: ['23', '38'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'Welke wijk heeft de meeste overlast van jongeren in 2006?',
    status: 'answered',
    lang: 'nl',
    numbers: ['65'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'Compare the burglary targets of Ondiep and Zuilen-Oost',
    status: 'answered',
    numbers: ['21', '15', '23.4'],
    cite: ['woninginbraken'],
  },
];

const partialCases: Case[] = [
  // A figure of the charter's text for another year than the one asked is said as that year's.
  {
    q: 'Welk percentage van de inburgeringstrajecten moet in 2017 duaal zijn?',
    status: 'partial',
    lang: 'nl',
    numbers: ['80'],
    cite: ['duaal'],
    absentYear: 2017,
    words: ['2011'],
  },
  {
    q: 'How much does WWI make available for citizens initiatives in 2010?',
    status: 'partial',
    lang: 'en',
    numbers: ['20'],
    cite: ['burgerinitiatieven'],
    absentYear: 2010,
    words: ['2008'],
  },
  {
    q: 'hoeveel krijgt utrecht in 2009 voor bewonersinitiatieven',
    status: 'partial',
    lang: 'nl',
    numbers: ['850.000'],
    absentYear: 2009,
  },
  {
    q: 'What is the Overvecht HAVO/VWO target for 2011?',
    status: 'partial',
    numbers: ['35'],
    cite: ['HAVO/VWO'],
    absentYear: 2011,
  },
  {
    q: 'What is the Kanaleneiland health target for 2011?',
    status: 'partial',
    numbers: ['16'],
    cite: ['gezond'],
    absentYear: 2011,
  },
  {
    q: 'What is the Ondiep burglary target for 2014?',
    status: 'partial',
    numbers: ['21', '15'],
    cite: ['woninginbraken'],
    absentYear: 2014,
  },
  {
    q: 'Wat is het doel voor uitkeringen in Kanaleneiland voor 2011?',
    status: 'partial',
    lang: 'nl',
    numbers: ['45'],
    cite: ['uitkering'],
    absentYear: 2011,
  },
  {
    q: 'What was the Ondiep school dropout rate in 2006?',
    status: 'partial',
    numbers: ['10', '25'],
    cite: ['schooluitval'],
    absentYear: 2006,
  },
  {
    q: 'Which wijken have a 2011 target for HAVO/VWO?',
    status: 'partial',
    numbers: ['26', '35'],
    cite: ['HAVO/VWO'],
    absentYear: 2011,
  },
  {
    q: 'What is the baseline for burglary in Kanaleneiland?',
    status: 'partial',
    numbers: ['33', '45'],
    cite: ['inbraken/autokraken'],
    absentYear: 2006,
  },
];

const refusalCases: Case[] = [
  { q: 'What is the Hoograven youth nuisance target?', status: 'not_found', lang: 'en', cite: ['Hoograven'] },
  { q: 'Wat is het doel voor Lombok?', status: 'not_found', lang: 'nl' },
  { q: 'What is the Leidsche Rijn health target for 2017?', status: 'not_found' },
  { q: 'What is the Ondiep target for bicycle theft in 2011?', status: 'not_found' },
  { q: 'What is the Kanaleneiland violence target for 2011?', status: 'not_found' },
  { q: 'What is the weather in Utrecht tomorrow?', status: 'not_found' },
  { q: 'How many inhabitants does Utrecht have?', status: 'not_found' },
  { q: 'Who won the football match?', status: 'not_found' },
  { q: "What's the target?", status: 'clarify' },
  { q: 'What is the unemployment rate in Amsterdam?', status: 'not_found' },
  { q: 'Wat is het doel voor woninginbraken in Rotterdam?', status: 'not_found', lang: 'nl' },
  { q: '', status: 'clarify' },
  { q: '2017', status: 'clarify' },
  { q: 'Ondiep', status: 'clarify' },
  { q: 'burglary', status: 'clarify' },
  { q: '?!?!...', status: 'clarify' },
  { q: '🙂🙂🙂', status: 'clarify' },
];

const generalCases: Case[] = [
  {
    q: 'How many extra community police officers does the Utrecht police force get?',
    status: 'answered',
    numbers: ['37'],
    cite: ['wijkagenten'],
  },
  {
    q: 'Hoe groot is het leefbaarheidbudget per wijk?',
    status: 'answered',
    lang: 'nl',
    numbers: ['1 miljoen'],
    cite: ['leefbaarheidbudget'],
  },
  { q: 'When was the charter signed?', status: 'answered', numbers: ['2008'], cite: ['9 juni 2008'] },
  { q: 'Who signed the charter?', status: 'answered', cite: ['drs. H. Bosch', 'drs. E. Vogelaar'] },
  {
    q: 'What is the target for the number of dual integration trajectories?',
    status: 'answered',
    numbers: ['80'],
    cite: ['duaal'],
  },
  { q: 'What is the target for bicycle theft?', status: 'not_found', cite: ['Fietsendiefstallen'] },
  {
    q: 'How many extra wijkagenten does the rijk make available in the Netherlands?',
    status: 'answered',
    numbers: ['500'],
    cite: ['500 extra wijkagenten'],
  },
  { q: 'When will the visitation take place?', status: 'answered', numbers: ['2010'], cite: ['visitatie'] },
  {
    q: 'How much extra does the municipality invest in Hoograven each year?',
    status: 'answered',
    numbers: ['500,000'],
    cite: ['Hoograven'],
  },
  {
    q: 'Hoeveel straatcoaches worden er ingezet?',
    status: 'answered',
    lang: 'nl',
    numbers: ['25'],
    cite: ['straatcoaches'],
  },
  {
    q: 'Until when do the agreements apply?',
    status: 'answered',
    numbers: ['2017'],
    cite: ['31 december 2017'],
  },
  {
    q: 'How much money do the housing corporations contribute each year?',
    status: 'answered',
    numbers: ['21.5'],
    cite: ['woningcorporaties'],
  },
  {
    q: 'How many forum schools will Utrecht build?',
    status: 'answered',
    numbers: ['12'],
    cite: ['forumscholen'],
  },
  {
    q: 'How much does Utrecht get for resident initiatives in 2008?',
    status: 'answered',
    numbers: ['850,000'],
    cite: ['850.000'],
  },
  {
    q: 'Hoeveel geld krijgt Utrecht voor burgerinitiatieven in 2008?',
    status: 'answered',
    lang: 'nl',
    numbers: ['850.000'],
    cite: ['850.000'],
  },
  {
    q: 'Hoeveel geld krijgt elke wijk voor leefbaarheid?',
    status: 'answered',
    lang: 'nl',
    numbers: ['1 miljoen'],
    cite: ['leefbaarheidbudget'],
  },
  {
    q: 'Hoeveel geld steekt de gemeente in Hoograven?',
    status: 'answered',
    lang: 'nl',
    numbers: ['500.000'],
    cite: ['Hoograven'],
  },
  {
    q: 'Wanneer is het charter ondertekend?',
    status: 'answered',
    lang: 'nl',
    numbers: ['2008'],
    cite: ['9 juni 2008'],
  },
  {
    q: 'By how much does the cabinet want to reduce crime and nuisance by 2010?',
    status: 'answered',
    numbers: ['25'],
    cite: ['t.o.v. 2002'],
  },
  {
    q: 'When does the administrative fine act take effect?',
    status: 'answered',
    numbers: ['2009'],
    cite: ['bestuurlijke boete'],
  },
  {
    q: 'By what percentage should the number of home-based business permits grow?',
    status: 'answered',
    numbers: ['10'],
    cite: ['groeien met 10%'],
  },
  { q: 'How often is a national event organised?', status: 'answered', cite: ['Twee keer per jaar'] },
  {
    q: 'When will Utrecht join the national referral index?',
    status: 'answered',
    numbers: ['2009'],
    cite: ['verwijzindex'],
  },
  {
    q: 'Which housing corporations work with the municipality?',
    status: 'answered',
    cite: ['Mitros, Portaal en Bo-Ex'],
  },
  { q: 'Who signed for the Ministry of Justice?', status: 'answered', cite: ['Hirsch Ballin'] },
];

const threadCases: Case[] = [
  // "at a minimum" is the charter's "in ieder geval" ("at least"); "milestone" is its "tussenresultaat".
  {
    thread: 'at-least',
    q: 'Which knowledge centre supports the city in the segregation pilot?',
    status: 'answered',
    lang: 'en',
    cite: ['Kenniscentrum Gemengde Scholen'],
  },
  {
    thread: 'at-least',
    q: 'and what does the pilot cover as a minimum?',
    status: 'answered',
    lang: 'en',
    cite: ['vaste aanmeldmomenten'],
  },
  {
    q: 'why is 2011 the milestone?',
    status: 'answered',
    lang: 'en',
    cite: ['einde kabinetsperiode'],
  },
  // A thing named alone in a conversation asks what "and ...?" would: who signed for it.
  {
    thread: 'bare-thing',
    q: 'who signed for the interior ministry?',
    status: 'answered',
    lang: 'en',
    words: ['ter Horst'],
  },
  { thread: 'bare-thing', q: 'justice?', status: 'answered', lang: 'en', words: ['Hirsch Ballin'] },
  { thread: 'bare-thing', q: 'landbouw?', status: 'answered', words: ['Verburg'] },
  // "is there a project ..., and what is it called?": "it" is the thing the question introduces, not the
  // answer before.
  {
    thread: 'there-is',
    q: 'What was the 2017 goal for Kanaleneiland residents who rate their own health as fair or poor?',
    status: 'answered',
    numbers: ['16'],
  },
  {
    thread: 'there-is',
    q: 'Is there a project that helps residents in the renovation areas with money, work or parenting problems, and what is it called?',
    status: 'answered',
    lang: 'en',
    cite: ['Wonen en Kansen'],
  },
  // "mocht" asks what was allowed: no subject of its own.
  {
    thread: 'mocht',
    q: 'Hoeveel procent van de mensen in Ondiep had in 2006 last van jongeren?',
    status: 'answered',
    numbers: ['33'],
  },
  {
    thread: 'mocht',
    q: 'en hoeveel procent mocht dat in 2017 nog maar zijn?',
    status: 'answered',
    lead: ['16'],
  },
  // "by the end of the programme" is the charter's last milestone year; the parties that aimed for it are no
  // subject of their own.
  {
    thread: 'end-of-term',
    q: 'What share of pupils from Overvecht went on to HAVO/VWO at the starting point?',
    status: 'answered',
    numbers: ['27'],
  },
  {
    thread: 'end-of-term',
    q: 'and what share were the city and the national government aiming for by the end of the programme?',
    status: 'answered',
    lang: 'en',
    lead: ['35'],
  },
  {
    thread: 'eind-looptijd',
    q: 'Hoeveel woninginbraken per 1000 woningen telde Ondiep in 2006?',
    status: 'answered',
    numbers: ['38'],
  },
  {
    thread: 'eind-looptijd',
    q: 'en waar moest dat aan het eind van de looptijd op uitkomen?',
    status: 'answered',
    lang: 'nl',
    lead: ['15'],
  },
  // "In welke wijk ...?" of a pilot: of the clauses near it, the one that names a wijk of the charter.
  {
    thread: 'gezonde-wijk-wijk',
    q: 'Welke organisatie regisseert de Gezonde wijk in Utrecht?',
    status: 'answered',
    cite: ['GG&GD'],
  },
  {
    thread: 'gezonde-wijk-wijk',
    q: 'En in welke wijk wordt het eerste deel van die pilot uitgevoerd?',
    status: 'answered',
    lang: 'nl',
    cite: ['uitvoeren in Overvecht'],
  },
  // English for the charter's words: "find out" is "nagaan", "on the content side" is "inhoudelijk".
  {
    thread: 'pilot-en',
    q: 'Which ministry makes money available for the pilot against segregation in schools?',
    status: 'answered',
    cite: ['ministerie van OCW'],
  },
  {
    thread: 'pilot-en',
    q: 'and what is the pilot supposed to find out?',
    status: 'answered',
    lang: 'en',
    cite: ['welke instrumenten het meest effectief zijn'],
  },
  {
    thread: 'pilot-en',
    q: 'who supports the city on the content side?',
    status: 'answered',
    lang: 'en',
    cite: ['Kenniscentrum Gemengde Scholen'],
  },
  // A verb in the past ("stelde") is not what is counted: the sum is asked, and the thread follows it.
  {
    thread: 'wwi-past',
    q: 'Hoeveel stelde WWI in 2008 landelijk beschikbaar voor burgerinitiatieven?',
    status: 'answered',
    lead: ['20'],
  },
  { thread: 'wwi-past', q: 'en hoeveel daarvan ging naar utrecht?', status: 'answered', lead: ['850.000'] },
  { thread: 'wwi-past', q: 'welke brief was dat?', status: 'answered', words: ['1 februari 2008'] },
  // "wie betaalt dat?" of a sentence that names only Utrecht: the clause's sentence that says who pays.
  {
    thread: 'who-pays',
    q: 'Hoeveel geld is er beschikbaar voor de pilot segregatie in het onderwijs?',
    status: 'answered',
    cite: ['€ 100.000 per jaar'],
  },
  { thread: 'who-pays', q: 'wie betaalt dat?', status: 'answered', lang: 'nl', cite: ['ministerie van OCW'] },
  // "en een leerwerkploeg?" after a yes/no question asks that question of the leerwerkploeg: yes or no first.
  {
    thread: 'swap',
    q: 'Staat er in elk wijkactieplan een Activeringscentrum?',
    status: 'answered',
    leadWords: 'ja',
    cite: ['Activeringscentrum'],
  },
  {
    thread: 'swap',
    q: 'en een leerwerkploeg?',
    status: 'answered',
    leadWords: 'ja',
    cite: ['leerwerkploeg'],
  },
  { thread: 'swap', q: 'en een werkhotel?', status: 'answered', leadWords: 'nee', cite: ['twee wijken'] },
  // "die ploeg" is the "leerwerkploeg" just quoted: a demonstrative and the end of a quoted word point back.
  {
    thread: 'ploeg',
    q: 'komt er in elke wijk een leerwerkploeg?',
    status: 'answered',
    cite: ['leerwerkploeg'],
  },
  {
    thread: 'ploeg',
    q: 'wat gaat die ploeg doen?',
    status: 'answered',
    lang: 'nl',
    cite: ['extra onderhoud in de openbare ruimte'],
  },
  {
    thread: 't1',
    q: 'What is the Zuilen-Oost violence target for 2011?',
    status: 'answered',
    numbers: ['7,5'],
    cite: ['geweld'],
  },
  { thread: 't1', q: 'And for Ondiep?', status: 'answered', lang: 'en', numbers: ['7,5'], cite: ['geweld'] },
  { thread: 't1', q: 'en in 2017?', status: 'answered', lang: 'nl', numbers: ['5'], cite: ['geweld'] },
  {
    thread: 't2',
    q: 'What is the Ondiep burglary target for 2011?',
    status: 'answered',
    numbers: ['21'],
    cite: ['woninginbraken'],
  },
  { thread: 't2', q: 'and 2017?', status: 'answered', numbers: ['15'], cite: ['woninginbraken'] },
  { thread: 't2', q: 'same for Zuilen-Oost', status: 'answered', numbers: ['15'], cite: ['woninginbraken'] },
  {
    thread: 't2',
    q: 'what was it in 2006?',
    status: 'answered',
    numbers: ['23.4'],
    cite: ['woninginbraken'],
  },
  {
    thread: 't3',
    q: 'Wat is het doel voor uitkeringen in Ondiep voor 2011?',
    status: 'answered',
    lang: 'nl',
    numbers: ['14,3'],
    cite: ['uitkering'],
  },
  {
    thread: 't3',
    q: 'en voor Kanaleneiland?',
    status: 'partial',
    lang: 'nl',
    numbers: ['45'],
    cite: ['uitkering'],
    absentYear: 2011,
  },
];

/** Round two: general questions, figures that belong to their subject, yes/no, shorthand, small talk. */
const roundTwoCases: Case[] = [
  // The figure that belongs to the subject asked: Utrecht's share, not the national total (issue 19).
  {
    q: 'How much does the national government contribute to Utrecht?',
    status: 'answered',
    lang: 'en',
    lead: ['850,000'],
    notLead: ['20'],
  },
  // The figure up front belongs to what was asked, not to another subject in the same clause.
  {
    q: 'WWI had 20 miljoen voor burgerinitiatieven; hoeveel daarvan gaat naar de 40 wijken?',
    status: 'answered',
    lang: 'nl',
    lead: ['10'],
    notLead: ['20', '40'],
    cite: ['€ 10 miljoen'],
  },
  {
    q: 'How much does each wijk get for leefbaarheid?',
    status: 'answered',
    lang: 'en',
    lead: ['1'],
    notLead: ['850.000', '850,000'],
    cite: ['leefbaarheidbudget'],
  },
  {
    q: 'hoeveel dragen de corporaties jaarlijks bij?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
    cite: ['€ 21,5 miljoen'],
  },
  {
    q: 'For how many years does Utrecht get money for the segregation pilot?',
    status: 'answered',
    lang: 'en',
    lead: ['3'],
    notLead: ['100.000', '100,000'],
    cite: ['periode van 3 jaar'],
  },
  {
    q: 'Hoeveel geld krijgt Utrecht per jaar voor de pilot segregatie?',
    status: 'answered',
    lang: 'nl',
    // The answer is the charter's sentence, whose "voor een periode van 3 jaar" is said as what it is.
    lead: ['100.000'],
    cite: ['€ 100.000 per jaar'],
  },
  {
    q: 'The municipality puts 4 million a year into the wijkactieplannen: until which year?',
    status: 'answered',
    lang: 'en',
    lead: ['2012'],
    cite: ['2008 t/m 2012'],
  },
  {
    q: 'tot wanneer lopen de afspraken van het charter?',
    status: 'answered',
    lang: 'nl',
    lead: ['2017'],
    cite: ['31 december 2017'],
  },
  {
    q: 'who contributes more per year: the housing corporations or the municipality from its own funds?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5', '4'],
    cite: ['€ 21,5 miljoen', 'indicatief € 4 miljoen per jaar'],
  },
  // Process, people and organisations reach the clause that says it.
  {
    q: 'Hoe vaak rapporteert het college aan de gemeenteraad over de voortgang?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'twee maal per jaar',
    cite: ['twee maal per jaar'],
  },
  {
    q: 'Who carries out the outcome monitor?',
    status: 'answered',
    lang: 'en',
    cite: ['uitgevoerd door het CBS'],
  },
  { q: 'wie betaalt de Gezonde wijk?', status: 'answered', lang: 'nl', cite: ['Beweging in Gezondheid'] },
  {
    q: 'Which bank is behind the microcredits for starting entrepreneurs?',
    status: 'answered',
    lang: 'en',
    cite: ['Rabobank Utrecht'],
  },
  {
    q: 'welke wijken vallen onder het charter?',
    status: 'answered',
    lang: 'nl',
    cite: ['Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost geselecteerd'],
  },
  // Yes/no: yes or no first, then the sentence that decides it.
  {
    q: 'Is there a Werkhotel in every wijk?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['In twee wijken is een Werkhotel gepland'],
  },
  {
    q: 'klopt het dat Utrecht 50 extra wijkagenten krijgt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['37'],
    cite: ['37 extra wijkagenten'],
  },
  {
    q: 'klopt het dat Utrecht 37 extra wijkagenten krijgt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
    cite: ['37 extra wijkagenten'],
  },
  {
    q: 'is it true that the leefbaarheidbudget is 2 million per wijk?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['1 million'],
    cite: ['€ 1 miljoen per jaar'],
  },
  {
    q: 'is the city considering an economic kanszone in Ondiep?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['in de wijk Overvecht een economische kanszone'],
  },
  {
    q: 'Is the Ondiep burglary target for 2011 25 per 1000 homes?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['21'],
    cite: ['woninginbraken'],
  },
  {
    q: 'Klopt het dat het doel voor inbraken in Ondiep in 2011 21 per 1000 woningen is?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
    cite: ['woninginbraken'],
  },
  {
    q: 'Is there a burglary target for Kanaleneiland?',
    status: 'answered',
    lang: 'en',
    leadWords: 'not',
    cite: ['inbraken/autokraken'],
  },
  { q: 'Heeft Ondiep een doel voor werkloosheid?', status: 'not_found', lang: 'nl', leadWords: 'nee' },
  { q: 'does Overvecht have a target for social housing?', status: 'answered', lang: 'en', leadWords: 'yes' },
  {
    q: 'was Zuilen-Oost above the city average for burglary in 2006?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    numbers: ['23.4', '21.5'],
  },
  {
    q: 'lag het geweldscijfer in Ondiep in 2006 lager dan gemiddeld?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    numbers: ['10,5', '5,6'],
  },
  // A claim the charter does not make is not confirmed because two common words match.
  { q: 'does the rijk pay for the Werkhotel?', status: 'not_found', lang: 'en' },
  { q: 'how much money does Utrecht get from the rijk in total?', status: 'not_found', lang: 'en' },
  { q: 'wie ondertekende namens VROM?', status: 'not_found', lang: 'nl' },
  { q: 'which minister signed for WWI?', status: 'answered', lang: 'en', cite: ['Vogelaar'] },
  { q: 'hoeveel gemeenten doen mee aan de wijkenaanpak?', status: 'answered', lang: 'nl', lead: ['18'] },
  {
    q: 'wanneer wordt de aanpak geëvalueerd?',
    status: 'answered',
    lang: 'nl',
    cite: ['visitatie vindt in 2010'],
  },
  {
    q: 'hoeveel subsidie krijgt Utrecht maximaal voor zwerfafval?',
    status: 'answered',
    lang: 'nl',
    lead: ['250.000'],
    notLead: ['21,5'],
    cite: ['zwerfafval'],
  },
  {
    q: 'wanneer is het wetsvoorstel voetbalvandalisme ingediend?',
    status: 'answered',
    lang: 'nl',
    lead: ['2008'],
    cite: ['voetbalvandalisme'],
  },
  {
    q: 'when did the rijk submit the football vandalism bill?',
    status: 'answered',
    lang: 'en',
    lead: ['2008'],
    notLead: ['2009'],
    cite: ['voetbalvandalisme'],
  },
  {
    q: 'within how long is the charter published in the Staatscourant?',
    status: 'answered',
    lang: 'en',
    lead: ['1'],
  },
  {
    q: 'wat is een Centrum voor Jeugd en Gezin?',
    status: 'answered',
    lang: 'nl',
    cite: ['Centrum voor Jeugd en Gezin'],
  },
  {
    q: 'how many street coaches are deployed against youth nuisance?',
    status: 'answered',
    lang: 'en',
    lead: ['25'],
    cite: ['25 straatcoaches'],
  },
  {
    q: 'klopt het dat er 30 straatcoaches komen?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['25'],
  },
  { q: 'is the visitation in 2011?', status: 'answered', lang: 'en', leadWords: 'no', lead: ['2010'] },
  { q: 'wie coördineert de Gezonde wijk?', status: 'answered', lang: 'nl', cite: ['regisseert'] },
  // A named topic's figure comes from a clause that names it, or the charter gives none.
  {
    q: 'how much money is there for the Gezonde wijk?',
    status: 'not_found',
    lang: 'en',
    notLead: ['21.5', '21,5'],
  },
  {
    q: 'hoeveel geld gaat er naar de pilot microfinanciering?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['250.000'],
    cite: ['microfinanciering'],
  },
  {
    q: 'how much does WWI contribute to the participation budget process?',
    status: 'answered',
    lang: 'en',
    lead: ['225,000'],
    notLead: ['20'],
  },
  // A share is given only for the thing counted: no "25%" of crime for a count of wijken.
  // The charter names Utrecht's aandachtswijken but counts none of them: no national "40" up front.
  {
    q: 'hoeveel aandachtswijken heeft Utrecht?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['25', '40'],
    cite: ['Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost'],
  },
  { q: 'when was the charter signed and by whom?', status: 'answered', lang: 'en', cite: ['Bosch'] },
  // Off-topic and outside the charter, even when one word matches a clause.
  { q: 'wanneer speelt FC Utrecht weer thuis?', status: 'not_found', lang: 'nl' },
  { q: 'what is the weather in Utrecht tomorrow?', status: 'not_found', lang: 'en' },
  { q: 'wat is het doel voor inbraken in Amsterdam-Noord?', status: 'not_found', lang: 'nl' },
  { q: 'What are the targets for the Schilderswijk in Den Haag?', status: 'not_found', lang: 'en' },
  { q: 'hoeveel inwoners heeft Kanaleneiland?', status: 'not_found', lang: 'nl' },
  { q: 'How many inhabitants does Ondiep have?', status: 'not_found', lang: 'en' },
  // How officials write: abbreviations, compounds, shorthand.
  { q: 'inbraakcijfer ZO 2006?', status: 'answered', lang: 'nl', numbers: ['23,4'], cite: ['23,4'] },
  { q: 'jeugdwerkloosheidscijfer KE 2006', status: 'answered', numbers: ['4,4'], cite: ['4,4%'] },
  {
    q: 'geweldscijfer ondiep 2006 tov stedelijk gem',
    status: 'answered',
    lang: 'nl',
    numbers: ['10,5', '5,6'],
    cite: ['10,5 per 1000 inwoners', '5,6 personen'],
  },
  { q: 'uitkeringspercentage Overvecht 2006', status: 'answered', numbers: ['13,8'], cite: ['13,8%'] },
  // Small talk is conversation: a short reply, nothing quoted.
  { q: 'bedankt!', status: 'clarify', lang: 'nl', chat: true },
  { q: 'ok thanks', status: 'clarify', lang: 'en', chat: true },
  { q: 'top', status: 'clarify', chat: true },
  { q: 'Hallo!', status: 'clarify', lang: 'nl', chat: true },
  { q: 'what can you do?', status: 'clarify', lang: 'en', chat: true },
  // Threads: "that" is the thread's indicator; a borrowed word keeps the thread's language.
  { thread: 'r2a', q: 'What is the Ondiep burglary target for 2011?', status: 'answered', lang: 'en' },
  {
    thread: 'r2a',
    q: 'what is the city-wide average of that?',
    status: 'answered',
    lang: 'en',
    numbers: ['21.5'],
    cite: ['21,5 inbraken per 1000 woningen'],
  },
  { thread: 'r2a', q: 'why?', status: 'not_found', lang: 'en', chat: true },
  { thread: 'r2a', q: 'thanks, that helps', status: 'clarify', lang: 'en', chat: true },
  { thread: 'r2b', q: 'Wat is het doel voor geweld in Zuilen-Oost in 2011?', status: 'answered', lang: 'nl' },
  { thread: 'r2b', q: 'en de baseline?', status: 'answered', lang: 'nl', numbers: ['9,2'] },
  {
    thread: 'r2b',
    q: 'wat is het stedelijk gemiddelde daarvan?',
    status: 'answered',
    lang: 'nl',
    numbers: ['5,6'],
  },
];

/**
 * How people ask (issue 19): each case stands for a mechanism, not a question seen before. The invariance
 * suite then checks each again wrapped in an e-mail, lowercased, misspelt and marked up.
 */
const howPeopleAskCases: Case[] = [
  // Money named only as the subject: the sentence answers, not "that figure is not in the charter".
  {
    q: 'Wat gebeurt er met het charter als de financiële omstandigheden veranderen?',
    status: 'answered',
    lang: 'nl',
    cite: ['het charter worden aangepast'],
  },
  {
    q: 'What happens to the charter if there turns out to be too little money?',
    status: 'answered',
    lang: 'en',
    cite: ['het charter worden aangepast'],
  },
  // "which" + an organisation noun asks who, even beside a money word.
  {
    q: 'With which organisation did the rijk make agreements about an additional contribution of the housing associations?',
    status: 'answered',
    lang: 'en',
    cite: ['Aedes'],
  },
  // A total followed by "Hiervan ...": the total is stated.
  {
    q: 'How much does WWI make available in total for citizen initiatives in 2008?',
    status: 'answered',
    lang: 'en',
    lead: ['20'],
    cite: ['20 miljoen voor burgerinitiatieven'],
  },
  // A duration written out in the charter.
  {
    q: 'Hoeveel jaar is er volgens de preambule al hard gewerkt aan de aandachtswijken?',
    status: 'answered',
    lang: 'nl',
    cite: ['vijftien jaar'],
  },
  // An amount said as a fraction is checked, not confirmed.
  {
    q: 'klopt het dat iedere wijk per jaar een half miljoen leefbaarheidsbudget heeft?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee|niet',
    lead: ['1'],
    cite: ['leefbaarheidbudget van € 1 miljoen per jaar'],
  },
  // "100k": thousands, checked against the charter's € 100.000.
  {
    q: 'krijgt utrecht 100k per jaar voor de pilot tegen segregatie?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
    cite: ['€ 100.000 per jaar'],
  },
  // "welk keurmerk ... moeten": a thing the charter names, not a target.
  {
    q: 'aan welk keurmerk moeten woningen van de corporaties voldoen?',
    status: 'answered',
    lang: 'nl',
    cite: ['Politiekeurmerk Veilig Wonen'],
  },
  // A short list item is found through its list's label.
  {
    q: 'Welke onderzoekscapaciteit biedt het rijk voor de Gezonde wijk?',
    status: 'answered',
    lang: 'nl',
    cite: ['RIVM'],
  },
  // "the 2008 charter" names the charter; 2006 is the year asked.
  {
    q: 'In the 2008 charter, what share of working-age Overvecht residents received a benefit in 2006?',
    status: 'answered',
    lang: 'en',
    numbers: ['13.8'],
  },
  // No indicator by name: the target clause its words find.
  {
    q: 'What share of Zuilen-Oost residents had a negative view of the future in 2006?',
    status: 'answered',
    lang: 'en',
    numbers: ['14.3'],
  },
  // A short remark after the question says more about it.
  {
    q: 'eigen middelen gemeente per jaar voor de wijkactieplannen? indicatief bedrag',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
  },
  // The sentence counts what was asked in other words.
  {
    q: 'Hoeveel werkhotels komen er in de krachtwijken?',
    status: 'answered',
    lang: 'nl',
    cite: ['In twee wijken is een Werkhotel gepland'],
  },
  { q: "thanks, that's all I needed", status: 'clarify', lang: 'en', chat: true },
  // No city-wide average for the target: said so, not answered with the wijken's list.
  {
    q: 'Wat was het stedelijk gemiddelde voor het aandeel leerlingen naar havo/vwo?',
    status: 'not_found',
    lang: 'nl',
  },
  // What actually happened is not in an agreement.
  {
    q: 'How much money did the national government actually pay Utrecht in 2010?',
    status: 'not_found',
    lang: 'en',
  },
  // A choice between figures is answered with the charter's, not with yes or no.
  {
    q: 'worden er 25 of 50 straatcoaches ingezet?',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
    cite: ['25 straatcoaches'],
  },
  // Who says so is not the claim.
  {
    q: 'Mijn buurman beweert dat WWI in 2008 twintig miljoen voor burgerinitiatieven beschikbaar stelde. Klopt dat?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
    cite: ['20 miljoen voor burgerinitiatieven'],
  },
  // Below a quote of the charter, a question pointing back ("hier genoemd") asks about it; "datum?" adds to it.
  {
    q: '> Voor het jaar 2008 komt er in ieder geval € 53,5 miljoen extra voor VVE beschikbaar vanuit OCW\nwelke brief wordt hier genoemd? datum?',
    status: 'answered',
    lang: 'nl',
    cite: ['brief van 1 februari'],
  },
  // A clause that says it per wijk: the sentence of the wijk asked about.
  {
    q: 'Waar ligt de focus van het wijkactieplan in Zuilen-Oost?',
    status: 'answered',
    lang: 'nl',
    cite: ['In Zuilen-Oost ligt de focus op jeugd en ouders'],
  },
  // "nagestreefd" asks for the target, here in a follow-up within one message.
  {
    q: 'Welk percentage leerlingen uit Kanaleneiland ging in 2006 naar havo/vwo, en welk percentage werd voor 2017 nagestreefd?',
    status: 'answered',
    lang: 'nl',
    numbers: ['16', '26'],
  },
  // A specific office picks its signatory.
  {
    q: 'Welke minister van Justitie heeft het charter mede ondertekend?',
    status: 'answered',
    lang: 'nl',
    cite: ['Hirsch Ballin'],
  },
  {
    q: 'What was the portfolio of the alderman who signed on behalf of the city?',
    status: 'answered',
    lang: 'en',
    cite: ['Ruimtelijke Ordening'],
  },
  // After the city-wide average, a wijk named alone asks about that wijk's own figure.
  {
    thread: 'hp1',
    q: 'What is the city-wide average for residents who do not like living in their neighbourhood?',
    status: 'answered',
    lang: 'en',
    numbers: ['16.8'],
  },
  { thread: 'hp1', q: 'and Overvecht?', status: 'not_found', lang: 'en' },
  // A letter's question that points back ("dat project", "those two") takes its subject from the sentence
  // before it, before it is answered alone; "volgens het charter" says where to look, not what for.
  {
    q: "Op een bewonersavond hoorde ik over het project 'Wonen en Kansen'. Wie wordt daarmee geholpen volgens het charter?",
    status: 'answered',
    lang: 'nl',
    cite: ['Wonen en Kansen'],
  },
  {
    q: 'A neighbour told me there were two areas in Overvecht where renewal was being prepared. Which two areas were those according to the charter?',
    status: 'answered',
    lang: 'en',
    cite: ['de Gagel en de Spoorzone'],
  },
  // Asked for something by its name ("welke organisatie", "what's the name of"), a clause that names one
  // answers, not a stronger one that only restates the subject; a list's next bullet may be the one.
  {
    q: 'Welke organisatie ondersteunt de gemeente bij de pilot zwerfafval?',
    status: 'answered',
    lang: 'nl',
    cite: ['SenterNovem'],
  },
  {
    q: 'Which knowledge institute does the municipality use to strengthen welfare work?',
    status: 'answered',
    lang: 'en',
    cite: ['Movisie'],
  },
  // The kind asked, followed by names, names them: "de woningcorporaties Mitros, Portaal en Bo-Ex".
  {
    q: 'Welke woningcorporaties zijn er betrokken?',
    status: 'answered',
    lang: 'nl',
    cite: ['Mitros, Portaal en Bo-Ex'],
  },
  {
    q: 'Which housing associations are involved?',
    status: 'answered',
    lang: 'en',
    cite: ['Mitros, Portaal en Bo-Ex'],
  },
  // The letter's own wijk sets the scene: the sentence before "die raad" still names what it points at.
  {
    q: 'Hoi,\n\nIk woon in Overvecht. Op school zeiden ze dat er een stedelijke adviesraad is die adviseert over jeugdbeleid. Hoe heet die raad volgens het charter?\n\nGroetjes,\nAya',
    status: 'answered',
    lang: 'nl',
    cite: ['U-shake'],
  },
  {
    q: 'Hoe heet de stedelijke adviesraad van jongeren?',
    status: 'answered',
    lang: 'nl',
    cite: ['U-shake'],
  },
  {
    q: 'What is the name of the methodology used to map the problem youth groups?',
    status: 'answered',
    lang: 'en',
    cite: ['BEKE-methodiek'],
  },
  // "and who pays for that?" of a sentence that names no payer: the sentence that states the same sum about
  // the same subject and names one. "en wie" asks who, as "wie" does.
  {
    thread: 'hp2',
    q: 'Hoeveel geld kan Utrecht krijgen uit het Stimuleringsfonds Volkstuinen?',
    status: 'answered',
    lang: 'nl',
    lead: ['250.000'],
  },
  { thread: 'hp2', q: 'en wie betaalt dat?', status: 'answered', lang: 'nl', cite: ['rijksbijdrage (WWI)'] },
  // A date claimed against the date the charter states: the day and month decide, and "took effect" /
  // "ingaan" is the charter's "gelden vanaf".
  {
    q: 'Klopt het dat de afspraken van het charter op 1 maart 2008 ingaan?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['9 juni 2008'],
    cite: ['gelden vanaf 9 juni 2008'],
  },
  {
    q: 'Is it correct that the agreements came into force on 9 June 2008?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['gelden vanaf 9 juni 2008'],
  },
  // An item without a label of its own goes on about the labelled item before it: the preparation
  // track's money is in the bullet after "Participatiebudget: ...". A claimed sum is checked against it.
  {
    q: 'Hoeveel geld stelt WWI beschikbaar voor het voorbereidingstraject participatiebudget?',
    status: 'answered',
    lang: 'nl',
    lead: ['225.000'],
    cite: ['€ 225.000'],
  },
  {
    q: 'Is it true that WWI contributes €200,000 to the preparation track for the participation budget?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['225,000'],
    cite: ['€ 225.000'],
  },
  // In chat, a bare "wie dan" after a question asks who of that question; "aanspreekpunt" is the
  // charter's accountmanager.
  {
    q: 'heeft utrecht een aanspreekpunt bij WWI? wie dan',
    status: 'answered',
    lang: 'nl',
    cite: ['accountmanager bij WWI'],
  },
  // "Which parts ...": the sentence that lists them ("de volgende elementen: a; b; c").
  {
    q: 'Which elements will the segregation pilot cover in any case?',
    status: 'answered',
    lang: 'en',
    cite: ['vaste aanmeldmomenten'],
  },
  // What a question sets aside ("naast ...", "apart from ...") is known, not asked.
  {
    q: 'Apart from the microfinance programme, what will EZ set up and introduce for small entrepreneurs?',
    status: 'answered',
    lang: 'en',
    cite: ['coachingsnetwerk'],
  },
  // "partijen 40 wijkactieplannen" counts plans: no "partijen 40" up front.
  {
    q: 'Besides residents, which parties helped draw up the wijkactieplannen?',
    status: 'answered',
    lang: 'en',
    notLead: ['40'],
  },
  // "binnen een maand" is one month: a claimed "three months" is answered no.
  {
    q: 'Klopt het dat het charter binnen drie maanden na ondertekening in de Staatscourant moet staan?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    cite: ['binnen een maand'],
  },
  // "hoeveel per jaar" of a "...budget" asks a sum: a compound ending in a money word names money.
  {
    q: 'wijkbudget leefbaarheid: hoeveel per jaar per wijk?',
    status: 'answered',
    lang: 'nl',
    lead: ['1 miljoen'],
  },
  // "en landelijk?" counts nothing of its own: the other count of the clause. "Welke ministers zitten
  // daarachter?" of a list's item: the list's lead-in names them.
  {
    thread: 'hp3',
    q: 'Hoeveel extra wijkagenten krijgt het korps Utrecht?',
    status: 'answered',
    lead: ['37'],
  },
  { thread: 'hp3', q: 'en hoeveel landelijk?', status: 'answered', lang: 'nl', lead: ['500'] },
  {
    thread: 'hp3',
    q: 'welke ministers ondersteunen dat?',
    status: 'answered',
    lang: 'nl',
    cite: ['De ministers van BZK en Justitie'],
  },
  // "onze kant van de stad", "our part of town" is where the writer lives ("we have lived in Ondiep"), not
  // where a brother "lives" in a sentence told after it.
  {
    q: 'Hi,\n\nWe have lived in Ondiep for six years with our baby daughter. My brother lives in Overvecht and is very happy with the Ouder-Kind Centrum there. When will there be an Ouder-Kind Centrum in our part of town, according to the charter?\n\nKind regards,\nTom',
    status: 'answered',
    lang: 'en',
    lead: ['2009'],
    cite: ['Noordwest (Ondiep of Zuilen-Oost)'],
  },
  // "what role does X play": the sentence where X acts, not one that says "rol".
  {
    q: 'Welke rol speelt het ministerie van EZ bij de kanszone?',
    status: 'answered',
    lang: 'nl',
    cite: ['het ministerie van EZ faciliteert'],
  },
  {
    thread: 'role-in-that',
    q: 'Is there anything in the charter about a kanszone in Overvecht?',
    status: 'answered',
    lang: 'en',
    cite: ['economische kanszone'],
  },
  {
    thread: 'role-in-that',
    q: 'and what part does the Ministry of Economic Affairs play in that?',
    status: 'answered',
    lang: 'en',
    cite: ['het ministerie van EZ faciliteert'],
  },
  // "does the charter mention", "say anything about": what it says is asked; "the 2008 charter" names it.
  {
    q: 'Does the 2008 charter say anything about a werkhotel?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['Werkhotel'],
  },
  { q: 'Does the charter mention the Rabobank?', status: 'answered', lang: 'en', leadWords: 'yes' },
  { q: 'Does the 2008 charter mention a swimming pool?', status: 'not_found', lang: 'en' },
  // "ik vraag me af hoe het hier zit" wonders about nothing in particular: a friend's town named in it is
  // no question of its own.
  {
    q: 'Goedemiddag,\n\nMijn zoon zit op het Vader Rijn College en zijn vriend in Amersfoort kreeg veel extra begeleiding; ik vraag me af hoe het hier zit. Hoeveel procent van de leerlingen in Kanaleneiland moest volgens het charter in 2017 naar HAVO/VWO?\n\nGroet,\nFatima',
    status: 'answered',
    lang: 'nl',
    lead: ['26'],
  },
  // A colleague passes a citizen's e-mail on ("kun je deze beantwoorden?"): the quoted e-mail is asked.
  {
    q: 'Doorgestuurd bericht\n\nVan: wijkbureau Ondiep\nHoi allemaal, kun je deze beantwoorden? Dank!\n\n> Geachte heer,\n> Hoeveel woninginbraken per 1000 woningen had Ondiep in 2006 volgens het charter?\n> Met vriendelijke groet, Jan',
    status: 'answered',
    lang: 'nl',
    lead: ['38'],
  },
  // A claim of the charter's period with a later year is set against its last date, not today.
  {
    q: 'Klopt het dat de afspraken tot eind 2019 gelden?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee|niet',
    lead: ['2017'],
  },
  {
    q: 'Is it true that the agreements in the charter apply until 31 December 2019?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no|not',
    lead: ['2017'],
  },
  // "binnen welke termijn na ondertekening" asks how long, not who signed.
  {
    q: 'how long after signing is the charter published in the Staatscourant?',
    status: 'answered',
    lang: 'en',
    cite: ['binnen een maand na ondertekening'],
  },
  // "x%", "= ?%": a blank for a percentage asks for it.
  {
    q: 'kabinet ambitie criminaliteit reductie 2010 tov 2002: x%?',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
  },
  // A figure claimed for a wijk, against a sentence about the whole city: the charter has no figure for it.
  {
    q: 'Is it true that Kanaleneiland gets 2 million a year from the housing associations?',
    status: 'not_found',
    lang: 'en',
    notLead: ['21.5', '21,5'],
  },
  // "back then", "destijds": the time the conversation is about, no subject of its own.
  {
    thread: 'back-then',
    q: 'Hoeveel procent van de inwoners van Ondiep had in 2006 een uitkering?',
    status: 'answered',
    lang: 'nl',
    lead: ['18,9'],
  },
  {
    thread: 'back-then',
    q: 'en wat was het stedelijk gemiddelde destijds?',
    status: 'answered',
    lang: 'nl',
    lead: ['14,3'],
  },
  // A follow-up to a wijk without that target says so, and names what that wijk has on the same theme.
  { thread: 'instead', q: 'schooluitval OD 2017?', status: 'answered', lang: 'nl', lead: ['25'] },
  {
    thread: 'instead',
    q: 'en voor Kanaleneiland?',
    status: 'not_found',
    lang: 'nl',
    words: ['vroegtijdig schoolverlaters'],
  },
  // "bij naam genoemd", "by name" say how the charter names them, nothing to find; landlords are the
  // corporations.
  {
    q: 'Which housing associations does the charter mention by name?',
    status: 'answered',
    lang: 'en',
    words: ['Mitros', 'Portaal'],
  },
  {
    q: 'wat dragen de verhuurders jaarlijks bij aan de wijken?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  // A phone note on one line, signed "- Name, post": what the caller "wil weten" is asked.
  {
    q: 'Belnotitie 14:10 - meneer Bakker (Ondiep). Hij belde eerst over zijn parkeervergunning. Hij wil weten in welk jaar er een Ouder-Kind Centrum in Noordwest zou komen. Graag terugbellen.\n- Sanne, KCC',
    status: 'answered',
    lang: 'nl',
    lead: ['2009'],
  },
  // English prepositions ("between") are no idea a claim makes.
  {
    q: 'Is it true that Hoograven is not included in the agreements between the national government and the city?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  // "on whose behalf?" of a study asks who commissioned it, not who signed on behalf of whom.
  {
    thread: 'behalf',
    q: 'Who carries out the yearly outcome monitor?',
    status: 'answered',
    lang: 'en',
    cite: ['uitgevoerd door het CBS'],
  },
  {
    thread: 'behalf',
    q: 'and on whose behalf?',
    status: 'answered',
    lang: 'en',
    cite: ['in opdracht van VROM/WWI'],
  },
  // "welke OCW-bewindslieden", "which VWS ministers": the office holders of that ministry.
  {
    q: 'welke SZW-bewindslieden hebben getekend?',
    status: 'answered',
    lang: 'nl',
    words: ['Donner'],
  },
  // When a question came up ("at a residents' meeting last week") names nothing it points back at.
  {
    q: 'Dear Sir or Madam,\n\nSomebody mentioned it at the neighbourhood evening yesterday. And what is their e-mail address?\n\nKind regards,\nM. de Boer',
    status: 'not_found',
    lang: 'en',
  },
  // Contact details are no agreement: "address" is not the charter's "aanspreken".
  { q: 'What is the phone number of the Ouder-Kind Centrum in Overvecht?', status: 'not_found', lang: 'en' },
  { q: 'wat is het e-mailadres van de klankbordgroep?', status: 'not_found', lang: 'nl' },
  // "hoeveel ... zelf ... in" with no thing counted asks the actor's own sum; "leggen ... bij" is bijdragen.
  {
    thread: 'own-sum',
    q: 'Hoeveel steekt de gemeente Utrecht zelf jaarlijks in de wijkactieplannen?',
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
  },
  {
    thread: 'own-sum',
    q: 'en hoeveel leggen de woningcorporaties bij?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  // "over what period?", "in welke periode?" of a sentence with a period: that sentence's years.
  {
    thread: 'period-of',
    q: 'How many extra neighbourhood police officers does the Utrecht force get?',
    status: 'answered',
    lang: 'en',
    lead: ['37'],
  },
  { thread: 'period-of', q: 'over what period?', status: 'answered', lang: 'en', lead: ['2007'] },
  // A post no signature line names ("the mayor") is no signatory's.
  { q: 'Which mayor signed the charter for Utrecht?', status: 'not_found', lang: 'en' },
  // "moet vandaag nog in de raadsbrief", "ff checken voor de begroting": a deadline, no question; "UT" is
  // Utrecht.
  {
    q: '*KE* inbraken per 1000 woningen, doel 2017? moet vandaag nog in de raadsbrief',
    status: 'answered',
    lang: 'nl',
    lead: ['45'],
  },
  {
    q: 'hoeveel kreeg UT voor 2008 voor burgerinitiatieven? ff checken voor de begroting',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
  },
  {
    q: 'wanneer start het OKU ook alweer? even voor het overleg van morgen',
    status: 'answered',
    lang: 'nl',
    lead: ['2005'],
  },
  {
    q: 'how many forum schools does the city build? just for the planning meeting',
    status: 'answered',
    lang: 'en',
    lead: ['12'],
  },
  // The part of a sum just shown, asked in English: a figure it names ("the forty neighbourhoods") says which;
  // "Utrecht's share" is the sentence that names Utrecht.
  {
    thread: 'part-shown-en-2',
    q: "How much did WWI make available for residents' initiatives in 2008?",
    status: 'answered',
    lang: 'en',
    lead: ['20'],
  },
  {
    thread: 'part-shown-en-2',
    q: 'what part of that went to the forty neighbourhoods?',
    status: 'answered',
    lang: 'en',
    lead: ['10'],
  },
  { thread: 'part-shown-en-2', q: "and Utrecht's share?", status: 'answered', lang: 'en', lead: ['850,000'] },
  // A Dutch question that opens with its verb asks whether; "Klopt dat?" after it confirms that question;
  // the charter's own name ("de krachtwijkaanpak") is no idea the claim must share.
  {
    q: 'Stelt het rijk 400 extra wijkagenten beschikbaar?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee|niet',
    lead: ['500'],
  },
  {
    q: 'Rapporteert het college van B&W twee keer per jaar aan de raad over de krachtwijkaanpak? Klopt dat?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
  },
  // "trouble from young people" is the youth-nuisance target.
  {
    q: 'For Kanaleneiland, what share of residents was expected to report trouble from young people in 2011?',
    status: 'answered',
    lang: 'en',
    lead: ['50'],
  },
  // "valt buiten" claims what "maakt géén onderdeel uit" says: a yes, never a "no".
  {
    q: 'Klopt het dat Hoograven buiten de afspraken van het charter valt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
  },
  // "a thousand", "a hundred" are figures a claim states.
  {
    q: 'A neighbour says the national government is adding a thousand extra neighbourhood police officers. Is that right?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no|not',
    lead: ['500'],
  },
  // "Quick check:", "Just to confirm:" put a statement to confirm ("to" in the lead-in is no "To:" field);
  // "half of its ..." is 50%.
  {
    q: 'Just to confirm: the charter says a total of 25 street coaches will be deployed, right?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  {
    q: 'Quick check: in 2006, 26% of Overvecht residents rated their health as poor?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  {
    q: 'Is it correct that Utrecht wanted half of its civic integration trajectories to be dual in 2011?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no|not',
    lead: ['80'],
  },
  // A note's caller "asked what ..." asks it; "... en wil weten welk ..." too; "kun jij deze oppakken?" passes
  // the e-mail below on; "nwwz" are the niet-werkende werkzoekenden.
  {
    q: 'Phone note - 11:40, caller: Mr B. Jansen, Ondiep\n\nCaller coaches a youth team in Lunetten. He asked what share of Ondiep residents felt unsafe in 2006 according to the charter.\n\nTaken by: Sara (front office)',
    status: 'answered',
    lang: 'en',
    lead: ['43'],
  },
  {
    q: 'Telefoonnotitie 09:15 - beller: mevr. De Vries, Overvecht\n\nMevrouw belt over de speeltuin; zij zit in de wijkraad en wil weten hoeveel procent van de inwoners van Overvecht in 2006 overlast van jongeren ervoer.\n\n- genoteerd door Ruud, KCC',
    status: 'answered',
    lang: 'nl',
    lead: ['42'],
  },
  {
    q: 'Hoi, zie onderstaande mail, kun jij deze oppakken? Groet, Ank\n\n---------- Doorgestuurd bericht ----------\nVan: J. de Groot\n\nGoedendag,\n\nHoeveel woninginbraken per 1000 woningen had Zuilen-Oost in 2006?\n\nMet vriendelijke groet,\nJ. de Groot',
    status: 'answered',
    lang: 'nl',
    lead: ['23,4'],
  },
  {
    q: 'Could someone have a look at this one? Came in via the front desk. – Tom\n\n> From: A. Bakker\n> Subject: coaches\n>\n> Hello,\n> How many street coaches will be deployed against youth nuisance?\n> Regards,\n> A. Bakker',
    status: 'answered',
    lang: 'en',
    lead: ['25'],
  },
  {
    q: 'Kan iemand deze even afhandelen? Kwam via het algemene adres binnen.\n\n> Van: P. Smit\n> Beste,\n> Hoeveel forumscholen realiseert de gemeente?\n> Groet, P. Smit',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
  },
  // A note's "Vraagt tot wanneer ..., en of ...": the preposition stays with its question word, and
  // "en of" ("and whether") asks a second question.
  {
    q: 'Telefoonnotitie 12-05\nBeller: dhr. Peters, Overvecht\nVraagt tot wanneer de afspraken in het charter gelden, en of er ook geld is voor volkstuinen.\n- Mieke, KCC',
    status: 'answered',
    lang: 'nl',
    lead: ['2017'],
    words: ['250.000'],
  },
  {
    q: 'Phone note, 4 June\nCaller: Ms Adams\nAsks until when the agreements run, and whether the charter was published anywhere.\n- Rob, front office',
    status: 'answered',
    lang: 'en',
    lead: ['2017'],
    cite: ['Staatscourant'],
  },
  { q: 'OV nwwz 2006?', status: 'answered', lang: 'nl', lead: ['4,6'] },
  // The kind asked, a few words saying which, then its members in brackets ("de partners in het
  // veiligheidshuis (politie, OM, ...)") names them; a bracket of examples ("bijv. scholen") does not.
  {
    q: 'With which partners in the safety house does Utrecht work on the individual approach to criminal youth groups?',
    status: 'answered',
    lang: 'en',
    words: ['reclassering', 'Jeugdzorg'],
  },
  // A clause that names one of the kind asked but not the subject ("Financiële middelen VVE") does not answer
  // where the best clause found carries the subject ("Stimuleringsfonds Volkstuinen"); "are involved" is no
  // subject. Allotment gardens are volkstuinen, not green in general.
  {
    q: 'from which fund does the money for allotment gardens come?',
    status: 'answered',
    lang: 'en',
    cite: ['Stimuleringsfonds Volkstuinen'],
  },
  {
    q: 'how much does the national government give for allotment gardens?',
    status: 'answered',
    lang: 'en',
    lead: ['250,000'],
  },
  // "what do X put in / contribute / pay" asks a sum.
  {
    q: 'what do the housing associations put in every year, all together?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5'],
  },
  // A person asked by their post is not answered by a sentence that names no person.
  { q: 'Hoe heet de accountmanager die Utrecht bij WWI heeft?', status: 'not_found', lang: 'nl' },
  { q: 'Who was the director of the GG&GD in 2008?', status: 'not_found', lang: 'en' },
  // A time after the charter ("na 2017") is not asked of it, however much a target it seems.
  { q: 'Hoeveel geld kwam er na 2017 nog bij voor de krachtwijken?', status: 'not_found', lang: 'nl' },
  // A share of a city-wide sum asked for one wijk is a figure the charter does not give.
  {
    q: "How much of the € 850,000 for residents' initiatives went to Zuilen-Oost?",
    status: 'not_found',
    lang: 'en',
    notLead: ['850,000', '850.000', '20', '10'],
  },
  // "to guide" is to give "begeleiding", as well as a guide being a "handboek".
  {
    q: 'who guides the preparation of the participatiebudget?',
    status: 'answered',
    lang: 'en',
    cite: ['zorgen voor begeleiding'],
  },
  // A choice between things a number names ("groep 6 of groep 7") asks which: the charter's, up front.
  {
    q: 'Is de kinderraadsvergadering bedoeld voor groep 6 of groep 7?',
    status: 'answered',
    lang: 'nl',
    lead: ['7'],
    cite: ['kinderraadsvergadering voor groep 7'],
  },
  {
    q: "which year group attends the children's council meeting, group 6 or group 7?",
    status: 'answered',
    lang: 'en',
    lead: ['7'],
  },
  // The verbs of position ("stond ... op het programma") and "elk jaar" name no subject.
  {
    q: 'In welk jaar stond de visitatie op het programma?',
    status: 'answered',
    lang: 'nl',
    lead: ['2010'],
    cite: ['Deze visitatie vindt in 2010 plaats'],
  },
  // Names in brackets after a plural say who the plural is: the group's sum, not "not in the charter".
  {
    q: 'Hoeveel dragen de woningcorporaties (Mitros, Portaal, Bo-Ex) elk jaar bij?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  { q: 'Hoeveel leggen de woningcorporaties elk jaar in?', status: 'answered', lang: 'nl', lead: ['21,5'] },
  // "hoeveel daarvan ... voor X?", "en <party> zelf?" after a sum: the part of what was shown that the
  // follow-up names, in the sentences after the one that answered.
  {
    thread: 'part-shown',
    q: 'Hoeveel trekt WWI in 2008 uit voor burgerinitiatieven?',
    status: 'answered',
    lang: 'nl',
    lead: ['20'],
  },
  {
    thread: 'part-shown',
    q: 'hoeveel daarvan gaat naar de veertig wijken?',
    status: 'answered',
    lang: 'nl',
    lead: ['10'],
    notLead: ['20'],
  },
  {
    thread: 'part-shown',
    q: 'en de gemeente Utrecht zelf?',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
    notLead: ['4 miljoen'],
  },
  {
    thread: 'part-shown-en',
    q: "How much does WWI make available for citizens' initiatives in 2008?",
    status: 'answered',
    lang: 'en',
    lead: ['20'],
  },
  {
    thread: 'part-shown-en',
    q: 'and how much of that goes to the 40 neighbourhoods?',
    status: 'answered',
    lang: 'en',
    lead: ['10'],
  },
  {
    thread: 'part-shown-en',
    q: 'and what does Utrecht itself get for 2008?',
    status: 'answered',
    lang: 'en',
    lead: ['850,000'],
  },
];

export const allCases: Case[] = [
  ...targetCases,
  ...listCases,
  ...partialCases,
  ...refusalCases,
  ...generalCases,
  ...threadCases,
  ...roundTwoCases,
  ...howPeopleAskCases,
  // "samen" is a word of the question's grammar, not the indicator "inbraken/autokraken samen"; "hoeveel gaat
  // er naar" asks a sum, and the sum tied to its subject ("de 40 wijken") is the one stated.
  {
    q: 'WWI en burgerinitiatieven: hoeveel gaat er naar de 40 wijken samen?',
    status: 'answered',
    lang: 'nl',
    lead: ['10 miljoen'],
    notLead: ['20'],
  },
  // "op welke datum", "what is the date of" ask a date; "datum" is no topic the answer must name.
  {
    q: 'Op welke datum werd het charter getekend?',
    status: 'answered',
    lang: 'nl',
    lead: ['9 juni 2008'],
    cite: ['ondertekend te Utrecht'],
  },
  {
    q: 'Wat is de datum van de brief over de indicatieve verdeling van de additionele bijdrage van de corporaties?',
    status: 'answered',
    lang: 'nl',
    lead: ['3 oktober 2007'],
  },
  // Slack shorthand: "gem." and "inw." end no sentence; "nww" is the youth job seekers' indicator; the
  // baseline year with both target years asks the whole trajectory.
  {
    q: 'stedelijk gem. uitkeringen (2006)? wil t naast OV leggen',
    status: 'answered',
    lang: 'nl',
    lead: ['14,3'],
  },
  { q: 'nww 15-26jr OV 2017?', status: 'answered', lang: 'nl', lead: ['4'] },
  {
    q: 'OD woninginbraken: 2006 / 2011 / 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['38', '21', '15'],
  },
  // A second question that points back but names something of its own ("welke branches ...") is answered
  // by the sentence that has it; the rijk's item with the same label as the municipality's is its twin.
  {
    thread: 'hp4',
    q: 'Wat mag een gemeente doen bij ernstig gevaar van misbruik volgens de Wet Bibob?',
    status: 'answered',
    lang: 'nl',
    cite: ['weigeren of intrekken'],
  },
  {
    thread: 'hp4',
    q: 'en welke sectoren wil BZK ook onder die wet brengen?',
    status: 'answered',
    lang: 'nl',
    cite: ['uitzendbureaus en de vastgoedsector'],
  },
  {
    thread: 'hp5',
    q: 'Wat is de gemeente Utrecht met corporaties aan het afspreken over branchering?',
    status: 'answered',
    lang: 'nl',
    cite: ['samen met corporaties'],
  },
  {
    thread: 'hp5',
    q: 'en welke ministeries helpen daarbij?',
    status: 'answered',
    lang: 'nl',
    cite: ['(EZ, VROM, BZK)'],
  },
  // A side named and no office: that side's signatory.
  {
    q: 'Which minister signed for the national government, and what was her portfolio?',
    status: 'answered',
    lang: 'en',
    cite: ['Vogelaar'],
  },
  // A footnote named by its number is quoted, also as a remark after the question.
  { q: 'wat staat er in voetnoot 12?', status: 'answered', lang: 'nl', cite: ['16,8%'] },
  // "early 2009" is the charter's "begin 2008" with another year: checked, not "not in so many words".
  {
    q: 'Is it true that the krachtwijken monitor starts from a baseline measurement of early 2009?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['2008'],
    cite: ['nulmeting (begin 2008)'],
  },
  // A yearly sum over a stated period says the total in the charter's words, without adding up.
  {
    q: 'Hoeveel geld is er in totaal beschikbaar voor de pilot segregatie in het onderwijs?',
    status: 'answered',
    lang: 'nl',
    numbers: ['100.000', '3'],
    cite: ['periode van 3 jaar'],
  },
  // A sentence that names no wijk, and not every one, does not confirm a claim about one wijk.
  {
    q: 'Komt er in Kanaleneiland een werkhotel?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'niet',
    notLead: ['2'],
    cite: ['Werkhotel'],
  },
  // A name asked: every line of the person found, the signature with the first name too.
  {
    q: "what's the first name of the wethouder who signed?",
    status: 'answered',
    lang: 'en',
    words: ['Harrie'],
    cite: ['Harrie Bosch'],
  },
  // Split and slipped at once ("buurt bemideling", "uitkerings afhankeijkheid"): together one letter off a
  // word of the charter.
  {
    q: 'wie helpt de gemeente bij het opzetten van buurt bemideling?',
    status: 'answered',
    lang: 'nl',
    cite: ['CCV'],
  },
  {
    q: 'zo uitkerings afhankeijkheid: tussendoel 2011 en doel 2017?',
    status: 'answered',
    lang: 'nl',
    lead: ['16', '12,5'],
  },
  // A number glued to an age group is the charter's "12-minners".
  {
    q: 'iets met twaalfminners in overvecht?',
    status: 'answered',
    lang: 'nl',
    cite: ['12-minners'],
  },
  // An acronym of the charter ("CJG") names a subject: the lead-in before the colon is part of the question.
  {
    q: 'CJG middelen: welke brieven (datums)?',
    status: 'answered',
    lang: 'nl',
    cite: ['15 november 2007'],
  },
  // A letter's question with a question word of its own asks itself, pointing at the sentence before; a
  // quoted title with "hoe" in the context asks nothing in passing.
  {
    q: "Beste,\n\nMijn kleindochter doet een werkstuk over 'hoe mensen naar de toekomst kijken'. Ik las dat in 2006 ruim 14 procent van de bewoners van Zuilen-Oost somber over de toekomst was. Naar welk percentage moest dat in 2011 gedaald zijn?\n\nGroet,\nmevrouw Dekker",
    status: 'answered',
    lang: 'nl',
    lead: ['14'],
  },
  // "voor deze wijk" is the wijk the sentence before names: a place outside the charter is named there.
  {
    q: 'Beste gemeente,\n\nIk las dat Hoograven destijds door de gemeente als vijfde aandachtswijk is toegevoegd. Hoeveel geld stelde de gemeente daarvoor per jaar extra beschikbaar?\n\nGroet,\nRia',
    status: 'answered',
    lang: 'nl',
    numbers: ['500.000'],
    cite: ['extra ter beschikking voor deze wijk'],
  },
  // A sum the question names, not as a claim, is the clause's that states it: who pays it, what it is for.
  {
    q: 'van wie komt de 21,5 miljoen per jaar?',
    status: 'answered',
    lang: 'nl',
    cite: ['dragen jaarlijks € 21,5 miljoen bij'],
  },
  { q: 'waarvoor is de 850.000 euro bedoeld?', status: 'answered', lang: 'nl', cite: ['burgerinitiatieven'] },
  // A wijk's figure against the city's says which side it was on.
  {
    q: 'ZO onveiligheidsgevoel 2006 zat dat boven of onder het stedelijk gem?',
    status: 'answered',
    lang: 'nl',
    numbers: ['33,6', '30,5'],
    words: ['hoger dan het stedelijk gemiddelde'],
  },
  // "the current ISV and GSB period" is the charter's own "huidige", not today.
  {
    q: 'what happens if after the current ISV and GSB period there is not enough money available again?',
    status: 'answered',
    lang: 'en',
    cite: ['aangepast aan de veranderde financiële omstandigheden'],
  },
  // What a question says it is not about ("(niet die voor de streefwaarden)") is not searched for.
  {
    q: 'eigen monitor gemeente: wanneer was de nulmeting? (niet die voor de streefwaarden)',
    status: 'answered',
    lang: 'nl',
    lead: ['2008'],
    cite: ['nulmeting (begin 2008)'],
  },
  // A letter that only tells about its writer asks nothing: it is asked what it wants to know, in its language.
  {
    q: 'Dear Sir or Madam,\n\nI live in Overvecht and I am reading up on the agreements of the municipality.\n\nKind regards,\nJohn',
    status: 'clarify',
    lang: 'en',
    words: ['asks nothing'],
  },
  {
    q: 'Geachte heer/mevrouw,\n\nIk woon sinds kort in de wijk en lees mij in over de afspraken van de gemeente.\n\nMet vriendelijke groet,\nJ. de Vries',
    status: 'clarify',
    lang: 'nl',
    words: ['geen vraag'],
  },
  // A who-question is answered by the clause's sentence with its rarest idea, not one naming a method.
  {
    q: 'Who are the partners in the Veiligheidshuis mentioned in the approach to criminal youth groups?',
    status: 'answered',
    lang: 'en',
    cite: ['Raad voor de kindbescherming'],
  },
  // "naast de gemeenten" sets a name aside among those of the same sentence; it asks no next sentence.
  {
    q: 'Met welke organisatie, naast de gemeenten, wordt samengewerkt in het onderzoek naar de kwaliteit van de burgerparticipatie?',
    status: 'answered',
    lang: 'nl',
    cite: ['gemeenten en het LSA'],
  },
  // What an actor must do ("wat moeten de corporaties ... doen tegen inbraak?") asks no target.
  {
    q: 'wat moeten de corporaties met hun woningen doen tegen inbraak?',
    status: 'answered',
    lang: 'nl',
    cite: ['Politiekeurmerk Veilig Wonen'],
  },
  // "could get" is "in aanmerking komen": the rijk's sentence, not the municipality's application.
  {
    q: 'What is the maximum subsidy Utrecht could get for the litter trial?',
    status: 'answered',
    lang: 'en',
    lead: ['250,000'],
    cite: ['in aanmerking voor een subsidie'],
  },
  // Dutch "ten behoeve" is no English 10; a bare number in a claim about money is a sum.
  {
    q: 'Is it true that the maximum subsidy Utrecht could get for the litter trial is 300,000?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['250,000'],
    notLead: ['10'],
  },
  // Asked when or how long of the charter itself: the clause that bounds its own period.
  {
    q: 'When does the charter start?',
    status: 'answered',
    lang: 'en',
    lead: ['2008'],
    cite: ['Deze afspraken gelden vanaf 9 juni 2008'],
  },
  {
    q: 'Wanneer loopt het charter af?',
    status: 'answered',
    lang: 'nl',
    numbers: ['2017'],
    cite: ['tot en met 31 december 2017'],
  },
  {
    q: 'How long does the charter last?',
    status: 'answered',
    lang: 'en',
    words: ['from 9 June 2008'],
    cite: ['tot en met 31 december 2017'],
  },
  {
    q: 'When does the charter expire?',
    status: 'answered',
    lang: 'en',
    lead: ['2017'],
    cite: ['tot en met'],
  },
  // With no bound said, a sentence's last year ends what it is about: not the interim 2011.
  {
    q: 'tot wanneer loopt de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['2017'],
    notLead: ['2011'],
  },
  // A which-question's answer names a ministry in capitals ("Economische Zaken"), though each word is
  // written in lower case elsewhere; "kabinet. Daarnaast" is no kind followed by its name.
  {
    q: 'Which ministry runs the Programma Microfinanciering?',
    status: 'answered',
    lang: 'en',
    cite: ['het ministerie van Economische Zaken zal via het Programma Microfinanciering'],
  },
  {
    q: 'Welk ministerie voert het Programma Microfinanciering uit?',
    status: 'answered',
    lang: 'nl',
    cite: ['het ministerie van Economische Zaken zal via het Programma Microfinanciering'],
  },
  // "alleen OCW" against "door VWS en OCW": not only that party; "only" is no word the sentence must share.
  {
    q: 'Klopt het dat alleen OCW geld beschikbaar stelt voor combinatiefuncties?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    words: ['VWS'],
    cite: ['door VWS en OCW middelen'],
  },
  {
    q: 'Is it true that only OCW pays for the combinatiefuncties?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['door VWS en OCW middelen'],
  },
  {
    q: 'Is it true that only 25 street coaches will be deployed?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    lead: ['25'],
    cite: ['25 straatcoaches'],
  },
  // A range the target's own label states ("van 16 tot 54 jaar") is who is counted, not a claimed figure.
  {
    q: 'Klopt het dat in Overvecht in 2017 nog maar 18% van de inwoners van 16 tot 54 jaar de eigen gezondheid als matig/slecht mag ervaren?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    numbers: ['18'],
  },
  {
    q: 'Is it true that in Overvecht in 2017 only 20% of residents aged 16 to 54 may rate their health as poor?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['18'],
  },
  // Another place's own charter or targets: this charter is not that one, whatever clause names the place.
  {
    q: 'Welke afspraken staan er in het charter van Rotterdam voor de wijk Bloemhof?',
    status: 'not_found',
    lang: 'nl',
  },
  { q: "what are rotterdam's targets?", status: 'not_found', lang: 'en' },
  {
    q: 'What does the charter say about the Rotterdam kansenzones scheme?',
    status: 'answered',
    lang: 'en',
    cite: ['Ondernemersregeling Kansenzones Rotterdam'],
  },
  // "Ik vroeg me af of ...": the frame is no word to find ("vroeg" is also "early").
  {
    q: 'Ik vroeg me af of de gemeente in het charter iets heeft afgesproken over fietsendiefstal.',
    status: 'answered',
    lang: 'nl',
    cite: ['fietsparkeerplaatsen'],
  },
  {
    q: 'I was wondering whether the charter mentions bicycle theft.',
    status: 'answered',
    lang: 'en',
    cite: ['Fietsendiefstallen'],
  },
  // A letter's "What is that centre called?" asks about the sentence before it; "called" is no idea of its own.
  {
    q: "Hello,\n\nI'm a job coach and new to Utrecht. Colleagues keep referring to 'the centre in every wijkactieplan' where residents can get low-threshold help towards training and work. What is that centre called in the charter?\n\nBest wishes,\nDaniel",
    status: 'answered',
    lang: 'en',
    cite: ['Activeringscentrum'],
  },
  // An English subject read through the glossary: "connecting" is the charter's "verbonden".
  {
    q: "Does the charter say anything about connecting Overvecht's green areas to the Noorderpark?",
    status: 'answered',
    lang: 'en',
    cite: ['groengebied Noorderpark'],
  },
  // Two ministries asked: each one's office holders.
  {
    q: 'Welke bewindslieden van Sociale Zaken en van Volksgezondheid hebben het charter mede ondertekend?',
    status: 'answered',
    lang: 'nl',
    words: ['Donner', 'Aboutaleb', 'Klink', 'Bussemaker'],
  },
  {
    q: 'Who signed for Economic Affairs and for Education?',
    status: 'answered',
    lang: 'en',
    words: ['Heemskerk', 'Plasterk'],
  },
  // "wie voert ... uit?" against "Deze pilots worden eveneens uitgevoerd door het CCV": a separable verb's
  // participle is the verb.
  {
    q: 'wie voert de pilots buurtbemiddeling / jongerenbemiddeling / gedragscodes uit?',
    status: 'answered',
    lang: 'nl',
    cite: ['uitgevoerd door het CCV'],
  },
  // "set up" is also the charter's "tot stand gebracht", "gerealiseerd"; an English "what" before a plural
  // asks which, and gets the bullets beside the one found.
  {
    q: 'What knowledge facilities has WWI set up for the 40 wijken? list please',
    status: 'answered',
    lang: 'en',
    words: ['consortium', 'loket', 'helpdesk'],
  },
  { q: 'What has WWI set up for the 40 wijken?', status: 'answered', lang: 'en', cite: ['WWI heeft'] },
  // A reason asked is said in the charter's text, whatever target word the question uses; only from a
  // clause that carries its rarest idea ("tussenjaar" is the charter's "tussenresultaat").
  {
    q: 'why is 2011 the in-between year in all the targets?',
    status: 'answered',
    lang: 'en',
    cite: ['tussenresultaat in 2011 (einde kabinetsperiode)'],
  },
  {
    q: 'waarom is 2011 het tussenjaar bij alle doelen?',
    status: 'answered',
    lang: 'nl',
    cite: ['tussenresultaat in 2011 (einde kabinetsperiode)'],
  },
  // A letter's question that asks a figure for a year of "dat" takes the target the sentence before names.
  {
    q: 'Beste helpdesk,\n\nIk ben rector van een school met veel leerlingen uit Zuilen-Oost. Het gaat mij om leerlingen die voortijdig met school stoppen. Met hoeveel procent moest dat in Zuilen-Oost omlaag tegen 2011?\n\nMet vriendelijke groet,\nH. Veenstra',
    status: 'answered',
    lang: 'nl',
    numbers: ['10'],
    cite: ['schooluitval'],
  },
  // "niet met plezier in de eigen buurt" is not liking one's neighbourhood.
  {
    q: 'Welk deel van de bewoners van Ondiep woonde in 2006 niet met plezier in de eigen buurt?',
    status: 'answered',
    lang: 'nl',
    numbers: ['33'],
  },
  // A count asked for one wijk, where the sentence names no wijk and not every one, is the whole's count:
  // said as the total, not as the wijk's; of the totals, the city's (37), not the country's (500).
  {
    q: 'Hoeveel van de extra wijkagenten gaan naar Overvecht?',
    status: 'partial',
    lang: 'nl',
    lead: ['37'],
    notLead: ['500'],
    leadWords: 'niet voor overvecht, alleen in totaal',
  },
  {
    q: 'How many of the extra neighbourhood police officers for the Utrecht force were assigned to Overvecht specifically?',
    status: 'partial',
    lang: 'en',
    lead: ['37'],
    leadWords: 'not give that number for overvecht, only the total',
  },
  // A claim whose rarest word the charter never uses ("proef"), and whose known ideas the sentence carries.
  {
    q: "Klopt het dat het eerste deel van de proef 'gezonde wijk' (eerstelijnszorg samen met welzijn en preventie) in Overvecht wordt uitgevoerd?",
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['uitvoeren in Overvecht'],
  },
  // "the four wijken", "de vier krachtwijken" name the charter's wijken: no count claimed.
  {
    q: 'Is it true that every one of the four wijken gets a work-and-learn team doing extra upkeep of streets and green spaces?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['in elke wijk gaat er een leerwerkploeg'],
  },
  {
    q: 'Klopt het dat er in de vier krachtwijken een leerwerkploeg komt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['leerwerkploeg'],
  },
  {
    q: 'Klopt het dat er in alle vier de wijken een werkhotel komt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    cite: ['In twee wijken is een Werkhotel gepland'],
  },
  // "a third of the residents" is 33%.
  {
    q: 'Is it true that in 2006 about a third of the residents of Ondiep did not like living in their neighbourhood?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    numbers: ['33'],
  },
  // "what's" is "what is"; the "U" of "U-shake" is no Dutch "u".
  {
    q: "what's `U-shake`? saw it in the child-friendly neighbourhoods bit",
    status: 'answered',
    lang: 'en',
    cite: ['adviesraad U-shake'],
  },
  { q: 'what is U-shake?', status: 'answered', lang: 'en', cite: ['adviesraad U-shake'] },
  // "tegen ... gaan" is no topic: the rare word is ("zwerfafval"); a compound's linker may differ from the
  // charter's ("fietsdiefstal" is "fietsendiefstal"); "stelen" is "diefstal".
  {
    q: 'Wat doet de gemeente om zwerfafval tegen te gaan?',
    status: 'answered',
    lang: 'nl',
    cite: ['zwerfafval via een proefproject'],
  },
  {
    q: 'Wat heeft de gemeente in het charter afgesproken om fietsdiefstal tegen te gaan?',
    status: 'answered',
    lang: 'nl',
    cite: ['campagne tegen fietsendiefstal'],
  },
  {
    q: 'Wat gaat de gemeente volgens de charter doen als er fietsen gestolen worden?',
    status: 'answered',
    lang: 'nl',
    cite: ['campagne tegen fietsendiefstal'],
  },
  // A "when" inside a question another question word opens asks no date.
  {
    q: 'What will the city do, according to that charter, when bikes are stolen?',
    status: 'answered',
    lang: 'en',
    cite: ['campagne tegen fietsendiefstal'],
  },
  // A letter's question pointing at the sentence before takes the clause that carries that sentence's
  // rarest idea, named there in other words ("front door", "people starting a business").
  {
    q: 'Hello,\n\nI want to open a bakery in Overvecht. A friend said the city promised one front door for people who start a business. Which organisations would Utrecht set that up with?\n\nRegards,\nTim',
    status: 'answered',
    lang: 'en',
    cite: ['gezamenlijk startersloket'],
  },
  // Nuisance from youths said in other words; a three-part compound split at its longest head.
  {
    q: 'what % of OD residents were bothered by young people hanging around in 2006?',
    status: 'answered',
    lang: 'en',
    lead: ['33'],
    cite: ['overlast van jongeren'],
  },
  {
    q: 'jeugdwerkloosheidscijfer OV 2017?',
    status: 'answered',
    lead: ['4'],
    cite: ['niet-werkende werkzoekenden in de leeftijd 15 tot 26 jaar'],
  },
  // A figure said roughly ("zo'n", "about") is checked as such; a compound's first half is its idea too
  // ("toekomst" in "toekomstverwachting"); "850 duizend" is 850.000.
  {
    q: 'Is it true that around a third of all Utrecht residents had a negative view of the future in 2006?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['18,4'],
    cite: ['18,4% van de inwoners van Utrecht'],
  },
  {
    q: "Klopt het dat in 2006 in de hele stad zo'n 18% van de inwoners een negatief beeld van de toekomst had?",
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    numbers: ['18,4'],
  },
  {
    q: 'Krijgt Utrecht 850 duizend euro van het rijk?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['De gemeente Utrecht krijgt voor 2008'],
  },
  // A chat message's part joined on with "+" asks one more thing; "date of" asks a date.
  {
    q: 'met welke koepel sprak het rijk de extra bijdrage van de corporaties af? + datum van de brief over de verdeling',
    status: 'answered',
    lang: 'nl',
    numbers: ['2007'],
    words: ['Aedes', 'oktober'],
  },
  {
    q: 'what was the date of the letter about the split?',
    status: 'answered',
    lang: 'en',
    cite: ['brief van 3 oktober 2007'],
  },
  // Signatories: the co-signers under the charter's "Mede namens", everyone, a junior minister, the name
  // of an office's holder.
  {
    q: 'welke ministers tekenden mede namens het rijk?',
    status: 'answered',
    lang: 'nl',
    words: ['ter Horst', 'Hirsch Ballin', 'Bussemaker'],
  },
  {
    q: 'Besides Vogelaar, which other cabinet members put their name under it?',
    status: 'answered',
    lang: 'en',
    words: ['Rouvoet', 'Verburg', 'Klink'],
  },
  {
    q: 'list everyone who signed the charter',
    status: 'answered',
    lang: 'en',
    words: ['Bosch', 'Aboutaleb'],
  },
  {
    q: 'Which two junior ministers of education signed?',
    status: 'answered',
    lang: 'en',
    words: ['Bijsterveldt', 'Dijkma'],
  },
  {
    q: 'What was the name of the agriculture minister at the time?',
    status: 'answered',
    lang: 'en',
    words: ['Verburg'],
  },
  // The targets themselves, not a target for a topic: the charter's text about them; not a clause sharing
  // one word ("vaste aanmeldmomenten" for "stelt ... vast").
  {
    q: 'Are the targets robust?',
    status: 'answered',
    lang: 'en',
    cite: ['slechts in uitzonderlijke situaties worden aangepast'],
  },
  { q: 'wie stelt de doelen vast?', status: 'not_found', lang: 'nl' },
  // An indicator named in other words by its most specific word: "startkwalificatie" (school leaving),
  // not "jongeren" (in two indicators' names).
  {
    q: 'ov: hoeveel jongeren met startkwalificatie 2017?',
    status: 'answered',
    lang: 'nl',
    notLead: ['28'],
    cite: ['vroegtijdig schoolverlaters'],
  },
  // "gekoppeld" is the charter's "verbonden"; "ergens", "heen", "grote" name no subject.
  {
    q: 'Ik las ergens dat het groen van Overvecht over een grote weg heen aan een natuurgebied gekoppeld wordt. Welk gebied is dat?',
    status: 'answered',
    lang: 'nl',
    cite: ['groengebied Noorderpark'],
  },
  // A claim's English word nothing knows ("realistic") is what it says of its subject: no "yes" for sharing
  // the subject.
  {
    q: 'are the goals realistic?',
    status: 'answered',
    lang: 'en',
    leadWords: 'does not say',
  },
  // "what method" asks which thing, as "which" does; a quoted name's "!" ends no sentence.
  {
    q: 'what certification must corporation homes meet against burglary?',
    status: 'answered',
    lang: 'en',
    cite: ['Politiekeurmerk'],
  },
  {
    q: 'hoe heet de veiligheidsaanpak van Utrecht?',
    status: 'answered',
    lang: 'nl',
    cite: ["'Utrecht Veilig! Dat doen we samen'"],
  },
  // "which neighbourhoods" is answered by a sentence that says which by what they are.
  {
    q: 'in welke wijken komen de extra wijkagenten het eerst?',
    status: 'answered',
    lang: 'nl',
    cite: ['in de wijken met de grootste problemen'],
  },
  // The sentence after a count that says what the counted thing is ("Het gaat hier om stevige
  // toezichthouders") names it too.
  {
    q: 'hoeveel toezichthouders spreken jongeren aan?',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
    cite: ['25 straatcoaches'],
  },
  // A figure another strong clause says is no "no": the College reports twice a year, the municipality
  // yearly.
  {
    q: 'is it true that the city reports to the council twice a year?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['rapporteert twee maal per jaar aan de gemeenteraad'],
  },
  // A denial answers an English claim through the glossary ("decision" is "beschikking").
  {
    q: 'Is the charter a legally binding decision on funding?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['Dit charter is echter geen beschikking'],
  },
  // Too few social contacts said in other words.
  {
    q: 'What share of Zuilen-Oost residents hardly know anyone to turn to (2006)?',
    status: 'answered',
    lang: 'en',
    lead: ['9,1'],
    cite: ['onvoldoende sociale contacten'],
  },
  // A letter that wonders about the writer's own story before its real question: only the question is answered.
  {
    q: 'Beste,\n\nBij mijn buurman in Ondiep is dit jaar twee keer ingebroken. Ik vraag me af of dat hier vaker gebeurt dan elders. Hoeveel woninginbraken per 1000 woningen had Ondiep in 2006 volgens het charter?\n\nMet vriendelijke groet,\nJoost',
    status: 'answered',
    lang: 'nl',
    lead: ['38'],
    cite: ['woninginbraken per 1000 woningen 38'],
  },
  {
    q: 'Dear sir,\n\nMy aunt lives in Zuilen-Oost and says she no longer feels at home there. I wonder whether that is a common feeling. What share of Zuilen-Oost residents did not like living in their own neighbourhood in 2006?\n\nKind regards,\nTom',
    status: 'answered',
    lang: 'en',
    lead: ['23.1'],
    cite: ['niet graag in zijn of haar eigen buurt'],
  },
  // A count asked of a thing whose sentence only names "de veertig wijken": the charter gives no such count.
  {
    q: 'How many fte does the CWI put into the neighbourhoods?',
    status: 'not_found',
    lang: 'en',
    cite: ["inzet van fte's afgesproken"],
  },
  { q: 'Hoeveel fte levert het CWI in de wijken?', status: 'not_found', lang: 'nl', notLead: ['40'] },
  // An -ing verb opens the subject after "for": "getting" is no unknown topic.
  {
    q: 'In what year does the minister hand out a prize for getting young people involved?',
    status: 'answered',
    lang: 'en',
    lead: ['2008'],
    cite: ['reikt in 2008 een prijs uit'],
  },
  // Indicators in other words: too few people to interact with, not at ease.
  {
    q: 'What share of Ondiep residents had too few people to interact with in 2006?',
    status: 'answered',
    lang: 'en',
    lead: ['9'],
    cite: ['onvoldoende sociale contacten'],
  },
  {
    q: 'Hoeveel procent van de inwoners van Ondiep voelde zich in 2006 niet op zijn gemak in de buurt?',
    status: 'answered',
    lang: 'nl',
    lead: ['43'],
    cite: ['voelt zich onveilig in de buurt'],
  },
  // Two targets' clauses that carry a question's words equally: name both and ask.
  { q: 'In Ondiep, what share of residents had people around?', status: 'clarify', lang: 'en' },
  // A claim about a programme the question names as the charter does: checked against its own clause.
  {
    q: 'Is it true that the Programma Diversiteit en Integratie mentioned in the charter runs from 2008 to 2012?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['Programma Diversiteit en Integratie 2007-2010'],
  },
  {
    q: 'Klopt het dat het Programma Diversiteit en Integratie van 2007 tot 2010 loopt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['Programma Diversiteit en Integratie 2007-2010'],
  },
  // A ministry described by what it covers is the one the charter names.
  {
    q: 'Wie tekende namens het ministerie dat over landbouw en boeren gaat?',
    status: 'answered',
    lang: 'nl',
    cite: ['Mevrouw G. Verburg'],
  },
  {
    q: 'Who signed on behalf of the ministry responsible for prisons and the courts?',
    status: 'answered',
    lang: 'en',
    cite: ['Hirsch Ballin'],
  },
  {
    q: 'Which cabinet member in charge of home affairs and kingdom relations co-signed the charter?',
    status: 'answered',
    lang: 'en',
    cite: ['ter Horst'],
  },
  // How many holders of an office signed: the signature block's lines with that office, counted.
  {
    q: 'Hoeveel staatssecretarissen van het ministerie dat over scholen en cultuur gaat hebben getekend?',
    status: 'answered',
    lang: 'nl',
    lead: ['2'],
    cite: ['Bijsterveldt-Vliegenthart', 'Dijkma'],
  },
  { q: 'How many state secretaries signed the charter?', status: 'answered', lang: 'en', lead: ['5'] },
  {
    q: 'hoeveel ministers tekenden mede namens het rijk?',
    status: 'answered',
    lang: 'nl',
    lead: ['7'],
    cite: ['Plasterk'],
  },
  // A claimed part of a year against the part the sentence says.
  {
    q: 'Klopt het dat het rijk pas in de tweede helft van 2008 invulling geeft aan de experimenten?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    cite: ['In de eerste helft van 2008'],
  },
  {
    q: 'Is it true that the goals of the wijkactieplannen were formulated in the winter of 2007?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['in de zomer van 2007'],
  },
  // Too few social contacts said as lacking contact; the source of the figures as "bron".
  {
    q: 'Ondiep: the proportion of residents who lack contact with other people, what was it in 2006?',
    status: 'answered',
    lang: 'en',
    lead: ['9'],
    cite: ['onvoldoende sociale contacten'],
  },
  {
    q: 'Wat is de bron van de cijfers in het charter?',
    status: 'answered',
    lang: 'nl',
    cite: ['afkomstig uit de Wijkenmonitor 2006'],
  },
  // "residents who ...": a relative "who" after a noun asks no one.
  {
    q: 'What share of Zuilen-Oost residents who feel unsafe in their neighbourhood was the 2011 target?',
    status: 'answered',
    lang: 'en',
    lead: ['30'],
    cite: ['voelt zich onveilig in de buurt'],
  },
  // A letter's question that names its target itself is not steered by the sentence before it.
  {
    q: 'Hi,\n\nWe are thinking of moving to a flat near the Ondiep park. The agent told us 43 homes in the street were renovated back in 2011. Before we decide: what was the 2017 target for the share of Ondiep residents who feel unsafe in their neighbourhood?\n\nThanks,\nSam',
    status: 'answered',
    lang: 'en',
    lead: ['20'],
    cite: ['voelt zich onveilig in de buurt'],
  },
  // The base of a rate is a unit, not a claimed figure.
  {
    q: 'Klopt het dat er in 2006 in Ondiep 38 keer werd ingebroken op elke duizend woningen?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['woninginbraken per 1000 woningen 38'],
  },
  {
    q: 'Can you confirm that Ondiep had 38 burglaries per 1,000 homes in 2006?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  // "niet veilig" is the charter's "onveilig"; "veilig" is its opposite.
  {
    q: 'Klopt het dat 43% van de inwoners van Ondiep zich in 2006 niet veilig voelde in de buurt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['voelt zich onveilig in de buurt'],
  },
  {
    q: 'Klopt het dat in 2006 33,6% van de inwoners van Zuilen-Oost zich veilig voelde in de buurt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
  },
  // "initiatieven van burgers" is the charter's "burgerinitiatieven".
  {
    q: 'Klopt het dat WWI in 2008 vijftig miljoen euro vrijmaakte voor initiatieven van burgers?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['20'],
    cite: ['20 miljoen voor burgerinitiatieven'],
  },
  // A label before a yes/no question, and "yes/no" after one.
  {
    q: 'Ondiep: was the 2011 burglary target 21 per 1000 homes? yes/no',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['woninginbraken'],
  },
  {
    q: 'ondiep inbraak: is het doel voor 2011 30? ja/nee',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['21'],
  },
  // A clipped word's full stop ("werkz.") ends no sentence; ages named decide between two targets.
  {
    q: 'Overvecht % uitkering werkz. leeftijd 2006 + doel 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['13,8', '10,5'],
    cite: ['uitkering'],
  },
  {
    q: 'What share of 15-to-26-year-olds in Overvecht were jobless and looking for work in 2006?',
    status: 'answered',
    lang: 'en',
    lead: ['4.6'],
    cite: ['niet-werkende werkzoekenden'],
  },
  // Money put in said as an idiom; "in Utrecht" is where, not who gives.
  {
    q: 'Hoeveel leggen de corporaties samen per jaar op tafel voor de wijkaanpak in Utrecht?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
    cite: ['dragen jaarlijks € 21,5 miljoen bij'],
  },
  {
    q: 'How much do the housing associations fork out each year?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5'],
  },
  // A letter's question that names the thing of the sentence before ("dat niveau") asks its figure.
  {
    q: 'Beste,\n\nOnze school in Ondiep wil verwijzen naar de afspraken met het rijk over het beginniveau van kleuters. Met hoeveel procent moest dat niveau in 2011 hoger liggen dan in 2006?\n\nGroet,\nPetra',
    status: 'answered',
    lang: 'nl',
    cite: ['instroom'],
  },
  // A sum asked of a subject the charter names elsewhere is not another clause's sum.
  {
    q: 'How many euros were set aside for the Gezonde wijk experiment in Overvecht?',
    status: 'not_found',
    lang: 'en',
    notLead: ['100,000', '100.000'],
  },
  // A name asked: the sentence that gives one.
  {
    q: 'What is the name of the organisation the city sets up to support the quality of entrepreneurship in the wijken?',
    status: 'answered',
    lang: 'en',
    cite: ['Wijk in Bedrijf Utrecht (WIBU)'],
  },
  {
    q: 'What name did Kanaleneiland give its neighbourhood action plan?',
    status: 'answered',
    lang: 'en',
    cite: ["'Kanaleneiland Leert'"],
  },
  // An ellipsis inside a chat question ends no sentence; a why about a target is answered by the text.
  {
    q: "hoe heette het WAP van *KE* ook alweer, 'KE ...' iets met leren?",
    status: 'answered',
    lang: 'nl',
    cite: ["'Kanaleneiland Leert'"],
  },
  {
    q: 'waarom heeft Overvecht een ander soort cijfer voor vroegtijdig schoolverlaten?',
    status: 'answered',
    lang: 'nl',
    cite: ['per wijk een andere indicator'],
  },
  // "deze experimenten" is about what its section named before it ("onorthodoxe aanpakken").
  {
    q: 'Wanneer wilde het rijk samen met de gemeenten invulling geven aan de experimenten met onorthodoxe aanpakken?',
    status: 'answered',
    lang: 'nl',
    numbers: ['2008'],
    cite: ['In de eerste helft van 2008'],
  },
  // After who signed for a ministry, a follow-up naming another's domain asks for that ministry.
  {
    thread: 'ministry-domains',
    q: 'Who signed the charter on behalf of the Ministry of Social Affairs and Employment?',
    status: 'answered',
    lang: 'en',
    cite: ['Donner'],
  },
  { thread: 'ministry-domains', q: 'and for health?', status: 'answered', cite: ['Klink'] },
  { thread: 'ministry-domains', q: 'and agriculture?', status: 'answered', cite: ['Verburg'] },
  // "from what date" asks when something starts.
  {
    q: 'From what date do the commitments in the agreement apply?',
    status: 'answered',
    lang: 'en',
    lead: ['2008'],
    cite: ['Deze afspraken gelden vanaf 9 juni 2008'],
  },
  // A prize said as a distinction, participation as having a say.
  {
    q: 'Krijgt een gemeente een onderscheiding als ze jongeren goed laat meepraten?',
    status: 'answered',
    lang: 'nl',
    cite: ['reikt in 2008 een prijs uit'],
  },
  {
    q: 'Geachte heer/mevrouw,\n\nOp een bewonersavond werd gezegd dat er in Ondiep veel wordt ingebroken. Ik wil weten of dat klopt. Hoeveel woninginbraken per 1000 woningen telde Ondiep in 2006?\n\nMet vriendelijke groet,\nH. Jansen',
    status: 'answered',
    lang: 'nl',
    lead: ['38'],
  },
  // "Utrecht's krachtwijken" says whose wijken, not that the city gives.
  {
    q: "Each of Utrecht's krachtwijken has a yearly budget for initiatives by and for residents. How much is that per neighbourhood per year?",
    status: 'answered',
    lang: 'en',
    lead: ['1'],
    cite: ['leefbaarheidbudget van € 1 miljoen per jaar'],
  },
  // A stand-in target answers for its wijk; the conversation stays with what was asked.
  {
    thread: 'stand-in-topic',
    q: 'What is the 2011 target for home burglaries in Ondiep?',
    status: 'answered',
    lang: 'en',
    lead: ['21'],
  },
  { thread: 'stand-in-topic', q: 'and Overvecht?', status: 'answered', lead: ['33'] },
  {
    thread: 'stand-in-topic',
    q: 'what was the city-wide average in 2006?',
    status: 'answered',
    lead: ['21.5'],
  },
  // A relative "waarmee" after a noun leaves a yes/no question one; a formal decision is a beschikking.
  {
    q: 'Is het charter een formeel besluit waarmee het rijk geld toekent?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    cite: ['Dit charter is echter geen beschikking'],
  },
  // "de 40 wijken" names the programme, it is no claimed figure; a claimed sum is not confirmed by a date.
  {
    q: 'Klopt het dat er 15 miljoen naar de 40 wijken gaat?',
    status: 'answered',
    lang: 'nl',
    notLead: ['40'],
  },
  // Another actor with a few words more asks the same question of it.
  {
    thread: 'actor-swap-more',
    q: 'Hoeveel dragen de woningcorporaties jaarlijks bij aan de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  {
    thread: 'actor-swap-more',
    q: 'en de gemeente zelf, uit eigen middelen?',
    status: 'answered',
    lead: ['4'],
  },
  // A tail after a verb's prefix is no compound: "trekt ... op" does not find OKU's "verstrekt".
  {
    q: 'Met welke corporaties trekt Utrecht op in de krachtwijken?',
    status: 'answered',
    lang: 'nl',
    words: ['Mitros', 'Portaal'],
  },
  // A which-question's kind is read past a count; of the naming sentences, the one doing the asked action.
  {
    q: 'Which two institutes of higher education will Utrecht partner with on knowledge of the neighbourhood approach?',
    status: 'answered',
    lang: 'en',
    words: ['Universiteit', 'Hoge School'],
  },
  {
    q: 'Welke organisatie voert de jaarlijkse outcomemonitor eigenlijk uit?',
    status: 'answered',
    lang: 'nl',
    words: ['CBS'],
  },
  // An actor before a receiving verb receives: the rijk's money for allotments is Utrecht's € 250.000.
  {
    q: 'How much does the national government make available for allotment gardens in Utrecht?',
    status: 'answered',
    lang: 'en',
    numbers: ['250.000'],
  },
  // "het" ending a question in a letter is what the sentence before named.
  {
    q: 'Goedemiddag,\n\nIk tuinier al jaren op een complex in Zuilen. Ik hoorde dat het rijk geld geeft voor volkstuinen in Utrecht. Over welk bedrag gaat het?\n\nGroet,\nAnnie',
    status: 'answered',
    lang: 'nl',
    numbers: ['250.000'],
  },
  // A kind pointed at ("zulke ...") takes the sentence before where the question alone finds nothing.
  {
    q: 'Hallo,\n\nIn mijn straat woont een familie die buren bedreigt en intimideert. Wat doet de gemeente met zulke gezinnen?\n\nGroet,\nKees',
    status: 'answered',
    lang: 'nl',
    words: ['case-manager'],
  },
  // "er voor" asks progress only as "staat ... ervoor": "welke doelen zijn er voor ..." asks the targets.
  {
    q: 'Welke doelen zijn er voor autokraken in Ondiep?',
    status: 'answered',
    lang: 'nl',
    numbers: ['38', '30', '20'],
  },
  // A negation in the claim's description and in the charter's is no "no".
  {
    q: 'Is er in Utrecht iets voor startende ondernemers die bij de bank nergens een krediet krijgen?',
    status: 'answered',
    lang: 'nl',
    words: ['OKU'],
  },
  // A change by a share is that percentage: a third is not the charter's 25%.
  {
    q: 'Klopt het dat het kabinet criminaliteit en overlast in 2010 met een derde wil verminderen t.o.v. 2002?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['25'],
  },
  // After an answer from the text, a follow-up naming only another wijk asks the same of that wijk.
  {
    thread: 'okc-wijk',
    q: 'Wanneer komt er een Ouder-Kind Centrum in Kanaleneiland?',
    status: 'answered',
    lang: 'nl',
    numbers: ['2007'],
  },
  { thread: 'okc-wijk', q: 'en voor Zuilen-Oost?', status: 'answered', numbers: ['2009'] },
  // "welk deel daarvan": a part of a sum is a sum.
  {
    q: 'WWI trekt in 2008 geld uit voor burgerinitiatieven; welk deel daarvan gaat naar de 40 wijken?',
    status: 'answered',
    lang: 'nl',
    numbers: ['10'],
  },
  // The charter's acronym and its words are one idea: "voorschoolse educatie" finds "VVE".
  {
    q: 'Hoeveel extra rijksgeld is er in 2008 voor de voorschoolse educatie?',
    status: 'answered',
    lang: 'nl',
    numbers: ['53,5'],
  },
  // A separable verb's parts may stand far apart ("legt de gemeente zelf per jaar in"): a sum is asked,
  // and the municipality's, not the corporations' in the clause that matches best.
  {
    q: 'Hoeveel legt de gemeente Utrecht zelf ieder jaar in voor de wijkactieplannen?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
    notLead: ['21,5'],
  },
  // "stassen", "staatssec": the state secretaries, in chat.
  {
    q: 'wie tekenden er namens VWS? minister en stassen graag',
    status: 'answered',
    lang: 'nl',
    words: ['Klink', 'Bussemaker'],
  },
  // "the national side", "de kant van het rijk": the national government, in a follow-up on who signed.
  {
    thread: 'sides',
    q: 'Who signed the charter on behalf of Utrecht?',
    status: 'answered',
    lang: 'en',
    words: ['Bosch'],
  },
  { thread: 'sides', q: 'and at national level?', status: 'answered', words: ['Vogelaar'] },
  // A letter's question that points back at targets named before it ("die doelen") keeps its own wijk and
  // years; "zowel ... als" joins them, it names no topic.
  {
    q: 'Goedemorgen,\n\nMijn zoon zit in groep 2 in Ondiep. Op school hoorde ik dat er afspraken zijn over de jeugd die overlast geeft op straat. Wat zijn die doelen voor Ondiep, zowel voor 2011 als voor 2017?\n\nGroet,\nMiriam',
    status: 'answered',
    lang: 'nl',
    numbers: ['25', '16'],
  },
  // The sum of the clause that carries the whole subject ("segregation", "segregated": the glossary's
  // "segregatie"), not the one that shares the question's commoner words ("proefproject", "subsidie").
  {
    q: 'What is the budget for the segregation pilot?',
    status: 'answered',
    lang: 'en',
    lead: ['100,000'],
    cite: ['pilot segregatie'],
  },
  {
    q: 'how much is set aside for the trial against segregated schools',
    status: 'answered',
    lang: 'en',
    lead: ['100,000'],
    cite: ['pilot segregatie'],
  },
  // Who said it ("ik hoorde", "had het over", "mentioned") names nothing to find; a question that names
  // nothing itself ("Hoeveel worden het er?") asks about what the sentence before names.
  {
    q: 'Mijn zus had het over de straatcoaches. Hoeveel worden het er?',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
  },
  // Where the writer heard of it ("op de wijkavond", "at the open evening") is no part of the subject.
  {
    q: 'Op de inloopavond in het buurthuis ging het over de forumscholen. Hoeveel komen er?',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
  },
  {
    q: 'At the open evening in our community centre someone mentioned street coaches. How many will there be?',
    status: 'answered',
    lang: 'en',
    lead: ['25'],
  },
  {
    q: 'ik hoorde laatst iets over forumscholen - hoeveel realiseert de gemeente er?',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
  },
  {
    q: 'My colleague mentioned forum schools. How many?',
    status: 'answered',
    lang: 'en',
    lead: ['12'],
  },
  // "we need the amount ..." asks the sum; a request after it that names nothing asks the same.
  {
    q: "Dear team,\n\nOur office is updating its figures. We need the amount Utrecht gets for residents' initiatives in 2008.\n\nKind regards,\nAnn",
    status: 'answered',
    lang: 'en',
    lead: ['850,000'],
  },
  {
    q: 'Beste,\n\nVoor ons overzicht zoeken we het bedrag dat Utrecht in 2008 uit het wijkenfonds krijgt. Kunt u ons dat cijfer geven?\n\nGroet,\nFinanciën',
    status: 'not_found',
    lang: 'nl',
  },
  // An everyday paraphrase of a target names it only with its subject: "betrokken bewoners" in a question
  // about the plans is not the share of residents who feel responsible for the neighbourhood.
  {
    q: 'Hoe worden betrokken bewoners bij de wijkactieplannen gehoord?',
    status: 'answered',
    lang: 'nl',
    cite: ['betrokken geweest bij de probleemanalyse'],
  },
  // One word of a target's everyday paraphrase that the charter's other text uses too ("meedoen") does not
  // name that target: the question is about what that text says.
  {
    q: 'Op welke leeftijd mag een peuter meedoen aan een programma tegen taalachterstand?',
    status: 'answered',
    lang: 'nl',
    lead: ['2,5'],
  },
  // A phone note: its title line is a header, and "Vraagt ...", "Wants to know ..." report the question.
  {
    q: 'Belnotitie 2 juni\nBeller: mw. de Boer\nMaakt zich zorgen over inbraken. Vraagt wat het doel voor woninginbraken in Ondiep in 2011 is. Graag terugbellen.',
    status: 'answered',
    lang: 'nl',
    lead: ['21'],
  },
  {
    q: 'Phone note, 3 May\nCaller: Mr Jansen\nComplains about the youth in his street. Wants to know how many street coaches there will be. Please call back.',
    status: 'answered',
    lang: 'en',
    lead: ['25'],
  },
  // A target's two-word name said apart ("rapportcijfer ... buurt"): that target, not the clean street's
  // "rapportcijfer".
  {
    q: 'Welk rapportcijfer kreeg de buurt in Overvecht in 2006?',
    status: 'answered',
    lang: 'nl',
    lead: ['5,1'],
  },
  {
    q: 'welk rapportcijfer bewoners in 2006 aan hun buurt gaven',
    status: 'answered',
    lang: 'nl',
    lead: ['5,1'],
  },
  // "which bank": the sentence whose names are of that kind ("Rabobank", "Kredietbank"), before the one
  // that describes what the scheme does.
  {
    q: 'Which bank backs the microcredit scheme for starting entrepreneurs?',
    status: 'answered',
    lang: 'en',
    words: ['Rabobank'],
  },
  {
    q: 'welke bank zit er achter de kredietregeling voor startende ondernemers?',
    status: 'answered',
    lang: 'nl',
    words: ['Rabobank'],
  },
  // Whether a target exists for a year the charter sets none for: "no" answers it (it had been "Ja.").
  {
    q: 'Heeft Kanaleneiland een gezondheidsdoel voor 2011?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    numbers: ['16'],
  },
  { thread: 'interim', q: 'gezondheid matig/slecht in Kanaleneiland?', status: 'answered', lang: 'nl' },
  {
    thread: 'interim',
    q: 'is daar ook een tussendoel voor 2011?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
  },
  {
    q: 'Is there a 2011 target for poor health in Kanaleneiland?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
  },
  // A claim of the charter's own last year is checked against its period, said as the date; a year after
  // 2017 in such a claim is no question about today.
  {
    q: 'Klopt het dat de afspraken tot eind 2015 doorlopen?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['2017'],
    notLead: ['2011'],
  },
  {
    q: 'Is it true that the agreements run until 2020?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['2017'],
  },
  { q: 'Lopen de afspraken tot 2020?', status: 'answered', lang: 'nl', leadWords: 'nee', lead: ['2017'] },
  // A sum asked for each wijk ("per wijk", "each neighbourhood") is the sum a sentence gives each wijk, not
  // a yearly total (the corporations' € 21,5 miljoen) or one wijk's ("voor deze wijk": Hoograven's).
  {
    q: 'Hoeveel is er per wijk per jaar beschikbaar?',
    status: 'answered',
    lang: 'nl',
    numbers: ['1 miljoen'],
    notLead: ['21,5'],
  },
  {
    q: 'How much is available per neighbourhood per year?',
    status: 'answered',
    lang: 'en',
    lead: ['1 million'],
    notLead: ['500,000'],
  },
  // A glossary phrase with a possessive ("children's council meeting") is read as a question's is, without
  // it; one English word of a target's paraphrases that the glossary translates ("children") names no target.
  {
    q: "How often is the children's council meeting for group 7 held?",
    status: 'answered',
    lang: 'en',
    leadWords: 'once a year',
    cite: ['kinderraadsvergadering'],
  },
  {
    q: "What is the children's council meeting?",
    status: 'answered',
    lang: 'en',
    cite: ['kinderraadsvergadering'],
  },
  // An attribute the charter never gives of a thing it names ("openingstijden", "phone number") is not
  // answered by the clause that names the thing.
  {
    q: 'Wat zijn de openingstijden van het Ouder-Kind Centrum in Kanaleneiland?',
    status: 'not_found',
    lang: 'nl',
  },
  { q: 'What is the phone number of the OKC in Overvecht?', status: 'not_found', lang: 'en' },
  {
    q: 'Telefoonnotitie: dhr. Bos vraagt naar het adres en de openingstijden van het OKC in Overvecht. Kunt u die doorgeven?',
    status: 'not_found',
    lang: 'nl',
  },
  // "volgens de afspraken", "in deze wijkaanpak" name the charter, where to look: not the question's subject.
  {
    q: 'Welke woningcorporaties werken volgens de afspraken samen met de gemeente in deze wijkaanpak?',
    status: 'answered',
    lang: 'nl',
    words: ['Mitros', 'Portaal', 'Bo-Ex'],
  },
  // A letter's question with two others whose own words name nothing ("dat niveau", "dat aandeel") points at
  // the sentence before: it is kept as a question, not dropped as one about nothing.
  {
    q: 'Beste,\n\nIk ben leerkracht in Zuilen-Oost. Op een studiedag hoorden we over doelen voor het niveau van kleuters die instromen. Met hoeveel procent moet dat niveau in 2017 gestegen zijn? En geldt dat ook in Ondiep?\n\nGroet,\nIngrid',
    status: 'answered',
    lang: 'nl',
    numbers: ['20'],
  },
  // "geldt dat ook in ...?", "does the same apply in ...?" after a target asks it of that wijk.
  {
    thread: 'same-holds',
    q: 'doel kleuters instroom Zuilen-Oost 2017?',
    status: 'answered',
    lang: 'nl',
    lead: ['20'],
  },
  { thread: 'same-holds', q: 'En geldt dat ook in Ondiep?', status: 'answered', lang: 'nl', lead: ['20'] },
  {
    thread: 'same-holds-en',
    q: 'What is the 2011 burglary target for Ondiep?',
    status: 'answered',
    lang: 'en',
    lead: ['21'],
  },
  { thread: 'same-holds-en', q: 'Does the same apply in Zuilen-Oost?', status: 'answered', lang: 'en' },
  // "de gem" before a verb is the municipality ("gem" alone stays the average), also for who gives a sum.
  { q: 'hoeveel legt de gem zelf per jaar in?', status: 'answered', lang: 'nl', lead: ['4 miljoen'] },
  // With a place named, what the city itself put there, not its own means for the whole city.
  {
    q: 'Hoeveel extra geld stak de gemeente zelf per jaar in Hoograven?',
    status: 'answered',
    lang: 'nl',
    lead: ['500.000'],
  },
  {
    q: 'How much did the city itself put into Hoograven every year?',
    status: 'answered',
    lang: 'en',
    lead: ['500,000'],
  },
  {
    q: 'KE overlast jongeren 2006 vs stedelijk gem?',
    status: 'answered',
    lang: 'nl',
    numbers: ['21,5', '65'],
  },
  // A slip one letter from a word in both its British and American spelling is that word.
  { q: 'Overvecht neighburhood rating 2011', status: 'answered', lang: 'en', lead: ['5.5'] },
  // "de gem" is the municipality before a verb and after "namens", "door"; why the writer asks is no
  // second question ("heb t nodig voor een nota").
  {
    q: 'wie ondertekende namens de gem? heb t nodig voor een nota',
    status: 'answered',
    lang: 'nl',
    words: ['Bosch'],
    cite: ['Bosch'],
  },
  // "when?", "where?" after a signatory: a line of the signature block only signs.
  { thread: 'signed-when', q: 'who signed on behalf of the city?', status: 'answered', lang: 'en' },
  {
    thread: 'signed-when',
    q: 'and when?',
    status: 'answered',
    lang: 'en',
    numbers: ['2008'],
    cite: ['tweevoud ondertekend'],
  },
  { q: 'welke ministers hebben mede getekend?', status: 'answered', lang: 'nl', words: ['Rouvoet'] },
  // An attribute the charter never gives (an address, a phone number), asked of a thing it names.
  { q: 'Welk adres heeft het Ouder-Kind Centrum?', status: 'not_found', lang: 'nl' },
  { q: 'Wat is het telefoonnummer van het Veiligheidshuis?', status: 'not_found', lang: 'nl' },
  // A count of people no target gives (every wijk target is a share), nor a figure of a topic it never names.
  { q: 'How many people live in Zuilen-Oost?', status: 'not_found', lang: 'en' },
  { q: 'hoeveel mensen wonen er in Kanaleneiland?', status: 'not_found', lang: 'nl' },
  { q: 'What is the average household income in Kanaleneiland?', status: 'not_found', lang: 'en' },
  // "steekt ... in", "pumps into": what an actor puts in is money asked.
  {
    q: 'Hoeveel investeert de gemeente zelf in de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
  },
  // An old word for a kind the glossary knows ("woningbouwverenigingen"); "deze wijken" are the charter's.
  {
    q: 'Welke woningbouwverenigingen doen mee in deze vier wijken?',
    status: 'answered',
    lang: 'nl',
    words: ['Mitros', 'Portaal'],
  },
  // The city's average asked along after the question, as a remark.
  {
    q: 'ZO inbraak nulmeting en doelen 2011 en 2017? stedelijk gem erbij pls',
    status: 'answered',
    lang: 'nl',
    numbers: ['21,5', '23,4', '21'],
  },
  // The city's average and the target asked in one question, and the target asked after the average.
  {
    q: 'Hoe vaak werd er in Zuilen-Oost ingebroken vergeleken met het stedelijk gemiddelde, en wat is het doel?',
    status: 'answered',
    lang: 'nl',
    numbers: ['21,5', '23,4', '21'],
  },
  { thread: 'avg-then-target', q: 'KE uitkering 2006 vs stedelijk gem?', status: 'answered', lang: 'nl' },
  {
    thread: 'avg-then-target',
    q: 'en wat is het doel?',
    status: 'answered',
    lang: 'nl',
    numbers: ['45'],
    notLead: ['14,3'],
  },
  // "gem" is the average only where it is compared or has a year ("stedelijk gem", "gem 2006"), or is
  // what people give on average ("bewoners gem."); elsewhere it is the municipality.
  { q: 'per wanneer sluit gem aan op de verwijsindex?', status: 'answered', lang: 'nl', lead: ['2009'] },
  // A theme's word ("work") beside a subject whose aim the charter states outside the wijk tables.
  {
    q: 'Is it true the aim is that 70% of civic integration programmes are combined with work in 2011?',
    status: 'answered',
    lang: 'en',
    lead: ['80'],
    leadWords: 'no',
  },
  // What an actor itself puts in is its own money ("eigen middelen"); after a claim of another actor's
  // sum, "en de gemeente zelf?" asks the municipality's, it does not claim the same figure of it.
  {
    q: 'hoeveel geld steekt de gemeente zelf in de wijkaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
  },
  {
    thread: 'claim-then-actor',
    q: 'Klopt het dat de corporaties jaarlijks 30 miljoen in de wijkenaanpak steken?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  {
    thread: 'claim-then-actor',
    q: 'en de gemeente zelf?',
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
    notLead: ['30'],
  },
  // "verstrekken" is another form of the charter's "verstrekte" (a doubled consonant), no slip of
  // "vertrekken"; the best clause naming one of the kind asked ("Rabobank") answers "welke bank".
  {
    q: 'Welke bank helpt mee om startende ondernemers zonder gewone lening kleine kredieten te verstrekken?',
    status: 'answered',
    lang: 'nl',
    words: ['Rabobank'],
  },
  // "a sort of", "een soort" make a thing vague, not another thing; a residents' panel is the klankbordgroep.
  {
    q: 'Is there a sort of residents panel that discusses how things are going?',
    status: 'answered',
    lang: 'en',
    cite: ['klankbordgroep'],
  },
  // A count the charter gives only in total, asked in English: the city's total (37), in the charter's word.
  {
    q: 'how many extra neighbourhood police officers end up in Overvecht?',
    status: 'partial',
    lang: 'en',
    lead: ['37'],
    notLead: ['500'],
  },
  // "one ... a year", "één ... per jaar" is a frequency claimed: refuted by the charter's twice a year.
  {
    q: 'Klopt het dat er één groot landelijk evenement per jaar is?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
  },
  // A theme's word ("homes") beside a subject the charter never names has no target.
  {
    q: "What's the target for the share of owner-occupied homes in Ondiep?",
    status: 'not_found',
    lang: 'en',
  },
  // An edition the charter does not have of a thing it names only with another year.
  { q: 'wat staat er in de Wijkenmonitor 2009 over Ondiep?', status: 'not_found', lang: 'nl' },
  {
    q: 'Where do the figures come from, the Wijkenmonitor 2006?',
    status: 'answered',
    lang: 'en',
    cite: ['Wijkenmonitor 2006'],
  },
  // No other municipality signed: the signatories are Utrecht's and the rijk's people.
  { q: 'Which other cities apart from Utrecht signed such a charter?', status: 'not_found', lang: 'en' },
  // The charter's "t.o.v." is "ten opzichte van" written out: a claim in full words is on its subject.
  {
    q: 'Klopt het dat het kabinet criminaliteit en overlast in 2010 met een derde wil verminderen ten opzichte van 2002?',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
    leadWords: 'nee',
  },
  // Two items on the same thing, tied: the one naming the body asked about ("EZ") answers.
  { q: 'OV kanszone: wat doet EZ daarbij?', status: 'answered', lang: 'nl', cite: ['EZ faciliteert'] },
  // The sum is in the item that goes on about the one found ("SZW, OCW en WWI zorgen ... € 225.000" after
  // "Participatiebudget: ... voorbereidingstrajecten").
  {
    q: 'How much does WWI give Utrecht towards preparing for the participation budget?',
    status: 'answered',
    lang: 'en',
    lead: ['225,000'],
  },
  // A long description around the kind asked: the clause naming one of that kind answers.
  {
    q: 'Welke bank steunt samen met de stad het krediet voor kleine ondernemers die elders geen lening krijgen?',
    status: 'answered',
    lang: 'nl',
    words: ['Rabobank'],
  },
  {
    q: 'Met welke woningbouwcorporaties werkt de gemeente samen in deze wijken?',
    status: 'answered',
    lang: 'nl',
    words: ['Portaal'],
  },
  // The municipality's own money asked with more along ("voor welke jaren?").
  {
    q: "hoeveel steekt de gem zelf jaarlijks in de WAP's, en vanaf wanneer?",
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
  },
  // "hoeveel krijgt <receiver>" with nothing counted between asks a sum.
  {
    q: 'hoeveel ontvangt Utrecht voor het voorbereidingstraject participatiebudget?',
    status: 'answered',
    lang: 'nl',
    lead: ['225.000'],
  },
  { q: 'hoeveel wijkagenten krijgt het korps Utrecht?', status: 'answered', lang: 'nl', lead: ['37'] },
  // A letter that only tells when something came up asks nothing.
  {
    q: 'Beste gemeente,\n\nGisteren kwam dit ter sprake op de bewonersavond in het wijkcentrum.\n\nGroet,\nAnna',
    status: 'clarify',
    lang: 'nl',
  },
  // Chat clips of question words ("wnnr", "hvl") and English ones ("abt", "govt"); "side" names no subject.
  {
    q: 'landelijke verwijsindex risicojongeren: wnnr beschikbaar (rijkskant)?',
    status: 'answered',
    lang: 'nl',
    lead: ['2009'],
    cite: ['verwijzindex'],
  },
  {
    q: 'when is the referral index available, abt the national govt side',
    status: 'answered',
    lang: 'en',
    lead: ['2009'],
    cite: ['verwijzindex'],
  },
  { q: 'hvl straatcoaches komen er?', status: 'answered', lang: 'nl', lead: ['25'], cite: ['straatcoaches'] },
  // A letter's relative "waar" ("in het buurthuis waar dit ter sprake kwam") asks nothing in passing; the
  // footnote question after it is the question.
  {
    q: 'Beste,\n\nVorige week was er een avond in het buurthuis waar dit ter sprake kwam. Wat staat er in voetnoot 9?\n\nGroet,\nKees',
    status: 'answered',
    lang: 'nl',
    cite: ['5,6 personen'],
  },
  {
    q: 'die doelen voor gezondheid, waar zijn ze een aanvulling op? voetnoot 3 noemde een programma',
    status: 'answered',
    lang: 'nl',
    cite: ['Utrechtse jeugdprogramma'],
  },
  // "tov nulmeting 2006" is what a change is measured against, not a question about the baseline.
  {
    q: 'vsv OV: hoeveel procent daling in 2017 tov nulmeting 2006?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'daling',
  },
  // "waarvoor ... bedoeld" asks what money is for, not how much: no sum up front.
  {
    q: 'Waarvoor is het extra geld van het rijk voor de wijkenaanpak bedoeld?',
    status: 'answered',
    lang: 'nl',
    notLead: ['250.000'],
  },
  // "How are ... involved?": a clause that opens by restating the subject says the way in its next sentence.
  {
    q: 'Hoe blijven bewoners betrokken in de uitvoeringsfase?',
    status: 'answered',
    lang: 'nl',
    cite: ['klankbordgroep'],
  },
  // "stadsgem" is the city-wide average; "nulmeting + doel 2011 + 2017" the whole trajectory; "current"
  // asks about today, which a 2008 agreement does not know.
  { q: 'OV uitkeringen 2006 vs stadsgem?', status: 'answered', lang: 'nl', numbers: ['14,3'] },
  // Shorthand is read in the language it was typed in: "svp", "vs" do not make a Dutch question English.
  { q: 'inbraken ZO nulmeting vs doel 2017 svp', status: 'answered', lang: 'nl', numbers: ['23,4'] },
  {
    q: 'woninginbraak KE: nulmeting + doel 2011 + 2017 svp',
    status: 'answered',
    lang: 'nl',
    numbers: ['45'],
  },
  { q: 'Who is the current minister for housing?', status: 'not_found', lang: 'en' },
  // "samen" says how a sum is counted, not "werkt nauw samen"; "last van jongeren" is youth nuisance;
  // "yr" and "WAPs" are Slack shorthand.
  {
    q: 'Hoeveel dragen de corporaties samen jaarlijks bij aan de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5 miljoen'],
  },
  {
    q: 'hoeveel mensen in OV hadden in 2006 last van jongeren?',
    status: 'answered',
    lang: 'nl',
    lead: ['42'],
  },
  {
    q: "gemeente's own money per yr for the WAPs?",
    status: 'answered',
    lang: 'en',
    lead: ['4 million'],
  },
  // "was toch dat ..." asks to confirm; a claim with the baseline and the target holds when both are right.
  {
    q: 'Het doel voor Ondiep was toch dat woninginbraken van 38 naar 15 per 1000 woningen gingen in 2017?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
  },
  {
    q: 'klopt het dat woninginbraken in Ondiep van 38 naar 12 per 1000 woningen moeten in 2017?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
  },
  // After who signed for one side, "and for the national government?" asks the other side's signatory.
  { thread: 'hp6', q: 'Wie heeft namens de gemeente getekend?', status: 'answered', cite: ['Bosch'] },
  { thread: 'hp6', q: 'en namens het rijk?', status: 'answered', lang: 'nl', cite: ['Vogelaar'] },
  // A follow-up's "of that ... reserved for the 40 neighbourhoods" names who receives the sum, through the
  // glossary; "Utrecht's" is Utrecht.
  {
    thread: 'hp7',
    q: 'How much did WWI set aside for citizens initiatives in 2008?',
    status: 'answered',
    lead: ['20'],
  },
  {
    thread: 'hp7',
    q: 'and how much of that was earmarked for the 40 neighbourhoods?',
    status: 'answered',
    lang: 'en',
    lead: ['10'],
  },
  // A clause that counts in words ("In twee wijken is een Werkhotel gepland") answers "in hoeveel wijken";
  // another clause's "40 wijken" does not.
  {
    q: 'in hoeveel wijken komt er een werkhotel?',
    status: 'answered',
    lang: 'nl',
    notLead: ['40'],
    cite: ['twee wijken'],
  },
  // "..., en om hoeveel ...?" is a second question; "het streven voor 2017" asks the target.
  {
    q: 'hoeveel straatcoaches komen er, en om hoeveel jongeren in criminele groepen gaat het?',
    status: 'answered',
    lang: 'nl',
    numbers: ['25', '600'],
  },
  {
    q: 'Hoeveel procent van de inwoners van Ondiep voelde zich in 2006 onveilig, en wat was het streven voor 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['43', '20'],
  },
  // A why-question about a person is not answered by a signature line.
  { q: 'Why did Hirsch Ballin resign as minister?', status: 'not_found', lang: 'en' },
  // A claim about a wijk's baseline and the city-wide average checks each figure; "per 1000" claims none.
  {
    q: 'Is it true that 38 per 1000 homes in Ondiep were burgled in 2006, against a city average of 25?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['21.5'],
    cite: ['21,5 inbraken per 1000 woningen'],
  },
  {
    q: 'klopt het dat het stedelijk gemiddelde voor woninginbraken in 2006 21,5 per 1000 woningen was?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja|klopt',
  },
  // An age is asked ("vanaf welke leeftijd", "how old"): the age the sentence sets, not a duration.
  {
    q: 'Vanaf welke leeftijd mogen kinderen met een taalachterstand naar VVE?',
    status: 'answered',
    lang: 'nl',
    lead: ['2,5'],
  },
  {
    q: 'How old must a child with a language delay be for VVE?',
    status: 'answered',
    lang: 'en',
    lead: ['2.5'],
  },
  // Two things counted at once: the sentence that counts both, both figures up front.
  {
    q: 'Over hoeveel wijken en gemeenten verdeelt het consortium van kenniscentra zijn aanbod?',
    status: 'answered',
    lang: 'nl',
    lead: ['40', '18'],
    cite: ['40 wijken/18 gemeenten'],
  },
  // "which" + a kind of named thing: the sentence that names them, not the one that says the kind.
  {
    q: 'Welke hogescholen en universiteiten helpen Utrecht bij kennisverspreiding over de wijkaanpak?',
    status: 'answered',
    lang: 'nl',
    cite: ['Universiteit van Utrecht'],
  },
  // A letter's question that says only how a figure moves ("toegenomen") takes the letter's topic.
  {
    q: 'Goedendag, ik las dat in 2006 in Ondiep 38 woninginbraken per 1000 woningen waren. Tot hoeveel moest dat in 2017 gedaald zijn? Groet, Piet',
    status: 'answered',
    lang: 'nl',
    lead: ['15'],
  },
  // A streef- compound is a target word, not a slip of "street".
  {
    q: 'wat was het streefpercentage voor 2017 voor havo/vwo in Kanaleneiland?',
    status: 'answered',
    lang: 'nl',
    lead: ['26'],
  },
  // A purpose before a colon names no subject: the second question takes the first one's.
  {
    q: 'Om te zien of het beter gaat: wat was in 2006 het aandeel leerlingen met een achterstandscore in Overvecht, en wat was het doel voor 2017?',
    status: 'answered',
    lang: 'nl',
    numbers: ['69', '55'],
  },
  // Shorthand: "p/j" is per year, "B&W" the college.
  {
    q: 'hoe vaak p/j rapporteert B&W aan de raad?',
    status: 'answered',
    lang: 'nl',
    cite: ['twee maal per jaar'],
  },
  // A dated claim is checked against the sentence that dates its subject; a figure no clause states is
  // never confirmed by shared words.
  {
    q: 'Klopt het dat het Bestuursakkoord tussen rijk en VNG van 4 juni 2008 is?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['2007'],
    cite: ['Bestuursakkoord van 4 juni 2007'],
  },
  {
    q: 'Is it true that the Bestuursakkoord between the rijk and VNG dates from 4 June 2007?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  // Two questions in one Slack line without a comma; the second keeps its "en", and what it takes along.
  {
    q: 'hoeveel wijken zijn landelijk aangewezen en hoe lang gaan steden en rijk daar aan de slag?',
    status: 'answered',
    lang: 'nl',
    numbers: ['40', '10'],
  },
  // "Wat houdt dat in?" in a letter asks about the sentence before it (grammar concept askMeaning).
  {
    q: 'Beste,\n\nIk las dat er in Kanaleneiland op verzoek van bewoners iemand komt die bewonersinitiatieven ondersteunt. Wat houdt dat in?\n\nGroet,\nAn',
    status: 'answered',
    lang: 'nl',
    cite: ['initiatievenloket'],
  },
  // "wie is nu ...": an office today, which a 2008 charter cannot know; "wie heeft nu getekend" is the past.
  { q: 'wie is nu de wethouder wonen in utrecht?', status: 'not_found', lang: 'nl' },
  { q: 'wie heeft nu namens de gemeente getekend?', status: 'answered', lang: 'nl', cite: ['Bosch'] },
  // A named party's figure only where its sentence names it: the corporations' joint sum is not Portaal's.
  { q: 'How much does Portaal contribute per year to the wijkenaanpak?', status: 'not_found', lang: 'en' },
  { q: 'Hoeveel draagt Bo-Ex jaarlijks bij?', status: 'not_found', lang: 'nl', notLead: ['21,5'] },
  // Signatories by office: the ministry in English, every holder of a plural office.
  {
    q: 'Who signed for the Ministry of Social Affairs and Employment?',
    status: 'answered',
    lang: 'en',
    cite: ['Donner'],
  },
  {
    q: 'welke staatssecretarissen tekenden namens OCW?',
    status: 'answered',
    lang: 'nl',
    cite: ['Dijkma', 'Bijsterveldt'],
  },
  // English "of" is a preposition, no choice between two figures: the claim is checked.
  {
    q: 'Is it true that the wijkactieplan targets were set in the summer of 2007 on the basis of 2006 measurements?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  // "programma's" is the charter's word, not a slip; a claimed year range is refuted by the year it lacks.
  {
    q: "Klopt het dat de uitvoeringsprogramma's van de krachtwijken zijn vastgesteld voor 2008 tot en met 2011?",
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['2009'],
  },
  {
    q: "Klopt het dat de uitvoeringsprogramma's voor 2008 en 2009 zijn vastgesteld?",
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
  },
  // A letter or an accord is named by its date: "welke brief" is answered by "brief van 3 oktober 2007".
  {
    q: 'Bij welk bestuursakkoord sluiten de afspraken voor de 40 wijken aan?',
    status: 'answered',
    lang: 'nl',
    lead: ['2007'],
  },
  // An idea only one item carries ("research capacity") decides between clauses that name someone, in a
  // letter and in a follow-up that points back ("for it").
  {
    q: "Dear team,\n\nWe map national support for local health pilots. For the Utrecht 'Gezonde wijk' experiment: which national institute does the charter say provides research capacity?\n\nThanks,\nK.",
    status: 'answered',
    lang: 'en',
    cite: ['RIVM'],
  },
  {
    thread: 'rivm',
    q: 'Who directs the Gezonde wijk experiment in Utrecht?',
    status: 'answered',
    cite: ['GG&GD'],
  },
  {
    thread: 'rivm',
    q: 'and in which wijk does the first part of the pilot run?',
    status: 'answered',
    cite: ['Overvecht'],
  },
  {
    thread: 'rivm',
    q: 'which national institute provides research capacity for it?',
    status: 'answered',
    cite: ['RIVM'],
  },
  {
    thread: 'rivm-nl',
    q: 'Wie regisseert het experiment Gezonde wijk?',
    status: 'answered',
    cite: ['GG&GD'],
  },
  {
    thread: 'rivm-nl',
    q: 'en wie levert daar onderzoekscapaciteit voor?',
    status: 'answered',
    cite: ['RIVM'],
  },
  // A signatory named, or pointed at, with what the signature block says of them: the office line for a
  // portfolio or function, the signature line too for a first name. Who came after them is after 2008.
  {
    q: 'Wat is de voornaam van wethouder Bosch en welke portefeuille had hij?',
    status: 'answered',
    lang: 'nl',
    cite: ['Harrie Bosch', 'Ruimtelijke Ordening'],
  },
  {
    q: "What was Harrie Bosch's portfolio as alderman when he signed?",
    status: 'answered',
    lang: 'en',
    cite: ['Ruimtelijke Ordening'],
  },
  {
    q: 'Wat was de portefeuille van de wethouder die namens het college van B&W tekende?',
    status: 'answered',
    lang: 'nl',
    cite: ['Ruimtelijke Ordening'],
  },
  {
    q: 'Namens welk ministerie tekende de heer Aboutaleb mee, en in welke functie?',
    status: 'answered',
    lang: 'nl',
    cite: ['Sociale Zaken'],
  },
  {
    thread: 'first-name',
    q: 'Who signed for the national government?',
    status: 'answered',
    cite: ['Vogelaar'],
  },
  { thread: 'first-name', q: 'what was her first name?', status: 'answered', cite: ['Ella Vogelaar'] },
  { q: 'Wie volgde Harrie Bosch op als wethouder?', status: 'not_found', lang: 'nl' },
  { q: 'Who succeeded Ella Vogelaar as minister?', status: 'not_found', lang: 'en' },
  // "elk jaar" is the charter's "jaarlijks"; "elk", "ieder" are no topic ("in ieder geval").
  {
    q: 'Aan wie doen de gemeente en het rijk elk jaar verslag van hun inzet?',
    status: 'answered',
    lang: 'nl',
    cite: ['Tweede Kamer'],
  },
  // "hoeveel ... bij/in" of money, its verb split around who gives, asks an amount, not a count.
  {
    q: 'hoeveel droegen de woningcorporaties samen elk jaar bij aan de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  {
    q: 'hoeveel legt de gemeente zelf per jaar in voor de wijkactieplannen (2008 tm 2012)?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
  },
  // "de wethouder die ..." is a relative clause in a letter, not a pointer at the sentence before.
  {
    q: 'Vorige week was er een bewonersavond in het buurthuis waar dit ter sprake kwam. Wat was de portefeuille van de wethouder die namens het college van B&W tekende?',
    status: 'answered',
    lang: 'nl',
    cite: ['Ruimtelijke Ordening'],
  },
  { q: 'In which city was the charter signed?', status: 'answered', lang: 'en', cite: ['te Utrecht'] },
  // Starting is what a date question asks ("van start"); a spelling the glossary lists counts as the word.
  { q: 'Wanneer gaat de verwijsindex van start?', status: 'answered', lang: 'nl', lead: ['2009'] },
  { q: 'When does the referral index start?', status: 'answered', lang: 'en', lead: ['2009'] },
  // "hoeveel krijgt Utrecht": in a Dutch question the one who receives follows the verb.
  {
    q: 'Hoeveel geld krijgt Utrecht in 2008 van het rijk voor bewonersinitiatieven?',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
  },
  // A money claim is checked against what the actor it names does: not refuted by another's figure.
  {
    q: 'klopt het dat de gemeente 5 mln per jaar inlegt voor de wijkactieplannen?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
    leadWords: 'nee',
  },
  // Current figures are today's, which a 2008 charter cannot give: no "Ja" with its targets.
  {
    q: 'hebben we al de actuele cijfers overlast jongeren KE van dit jaar?',
    status: 'not_found',
    lang: 'nl',
  },
  // A letter's question that points back ("daarvoor") at the sentence before takes its subject from it;
  // "ter vergelijking" is no subject of its own.
  {
    q: 'Beste,\n\nOnze school in Overvecht is erg gemengd. Ik hoorde van een pilot tegen segregatie. Hoeveel geld is daarvoor voor Utrecht beschikbaar en voor hoe lang?\n\nGroet,\nM.',
    status: 'answered',
    lang: 'nl',
    lead: ['100.000'],
  },
  {
    thread: 'city-compare',
    q: 'overlast jongeren OV, wat was t cijfer in 2006?',
    status: 'answered',
    lead: ['42'],
  },
  { thread: 'city-compare', q: 'stad gem ter vergelijking?', status: 'answered', lead: ['21,5'] },
  // A date said from another moment answers "when", in either language; it never picks the clause.
  {
    q: 'Waar en wanneer wordt het charter officieel gepubliceerd?',
    status: 'answered',
    lang: 'nl',
    cite: ['Staatscourant'],
  },
  { q: 'When will the charter be published?', status: 'answered', lang: 'en', cite: ['Staatscourant'] },
  // A word the charter only writes as the head of a compound ("kinderraad" in "kinderraadsvergadering").
  { q: 'kinderraad is voor welke groep ook alweer?', status: 'answered', lang: 'nl', lead: ['7'] },
  // A follow-up that names only another actor asks the question before of that actor, never answered by
  // the clause about the first; what the charter does not give for it is said so.
  {
    thread: 'actor-swap',
    q: 'hoeveel leggen de corporaties jaarlijks in voor de utrechtse wijkenaanpak?',
    status: 'answered',
    lead: ['21,5'],
  },
  { thread: 'actor-swap', q: 'en de gemeente zelf?', status: 'answered', lead: ['4'] },
  // "which corporations are those?" where the sentence shown speaks of them without naming them: the clause
  // that names them answers.
  {
    thread: 'named-elsewhere-nl',
    q: 'Hoeveel dragen de woningcorporaties jaarlijks bij?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  {
    thread: 'named-elsewhere-nl',
    q: 'welke corporaties zijn dat?',
    status: 'answered',
    lang: 'nl',
    words: ['Mitros', 'Portaal', 'Bo-Ex'],
  },
  {
    thread: 'named-elsewhere-en',
    q: 'what do the housing associations pay into the approach every year?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5'],
  },
  {
    thread: 'named-elsewhere-en',
    q: 'and which housing associations are those?',
    status: 'answered',
    lang: 'en',
    words: ['Mitros', 'Portaal', 'Bo-Ex'],
  },
  // "and the city itself — how much?": the municipality's own sum, though the sentence shown names the city
  // (a list item's number, "1.", is no sentence before it); "which years" asks the span.
  {
    thread: 'city-itself-en',
    q: 'How much do the housing corporations contribute each year to the approach?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5'],
  },
  {
    thread: 'city-itself-en',
    q: 'and the city itself — how much, and for which years?',
    status: 'answered',
    lang: 'en',
    lead: ['4 million'],
    words: ['2008 to 2012'],
  },
  {
    thread: 'city-itself-nl',
    q: 'wat leggen de corporaties per jaar in?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  {
    thread: 'city-itself-nl',
    q: 'en de gemeente zelf, hoeveel?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
  },
  // "and in what capacity?" after a signatory's line asks it of that signatory.
  { thread: 'capacity-en', q: 'Who signed for the national government?', status: 'answered', lang: 'en' },
  {
    thread: 'capacity-en',
    q: 'and in what capacity?',
    status: 'answered',
    lang: 'en',
    cite: ['minister voor Wonen, Wijken en Integratie'],
  },
  { thread: 'capacity-nl', q: 'Wie tekende namens de gemeente Utrecht?', status: 'answered', lang: 'nl' },
  {
    thread: 'capacity-nl',
    q: 'en in welke functie?',
    status: 'answered',
    lang: 'nl',
    cite: ['wethouder'],
  },
  // "which health insurer is involved?": an insurer is a kind of named thing, and "involved" names nothing
  // to find ("alle betrokken partijen"); "health" is no target asked.
  {
    q: 'which health insurer is involved?',
    status: 'answered',
    lang: 'en',
    words: ['Agis'],
  },
  { q: 'welke zorgverzekeraar doet mee?', status: 'answered', lang: 'nl', words: ['Agis'] },
  // "and who pays for that?" of a pilot's sentence that names partners but no money: the item beside it that
  // says where the money comes from.
  {
    thread: 'who-pays-pilot-en',
    q: 'where does the first part of the healthy neighbourhood pilot take place?',
    status: 'answered',
    lang: 'en',
    words: ['Overvecht'],
  },
  {
    thread: 'who-pays-pilot-en',
    q: 'and who pays for that?',
    status: 'answered',
    lang: 'en',
    words: ['Beweging in Gezondheid'],
  },
  {
    thread: 'who-pays-pilot-nl',
    q: 'in welke wijk voert Utrecht het eerste deel van de pilot gezonde wijk uit?',
    status: 'answered',
    lang: 'nl',
    words: ['Overvecht'],
  },
  {
    thread: 'who-pays-pilot-nl',
    q: 'wie betaalt dat?',
    status: 'answered',
    lang: 'nl',
    words: ['Beweging in Gezondheid'],
  },
  // "Wie faciliteert ...?": of the strong clauses, the sentence that names who does it ("WWI faciliteert
  // deze landelijke alliantie"), not an item that only repeats the verb.
  {
    q: 'wie faciliteert die landelijke alliantie van bedrijven en maatschappelijke organisaties?',
    status: 'answered',
    lang: 'nl',
    words: ['WWI'],
  },
  { q: 'Who facilitates the national alliance?', status: 'answered', lang: 'en', words: ['WWI'] },
  // A name the question writes ("Participatiebudget") says what it is about: the clause that has it, before
  // one that names ministries about something else.
  {
    q: 'Welke ministeries zitten achter het Participatiebudget?',
    status: 'answered',
    lang: 'nl',
    words: ['SZW', 'OCW', 'WWI'],
  },
  {
    q: 'Which ministries are working together on the Participatiebudget?',
    status: 'answered',
    lang: 'en',
    words: ['SZW', 'OCW', 'WWI'],
  },
  // Thanks with a word of when ("net", "earlier") is still thanks.
  { q: 'Top, dankjewel voor je hulp net! Fijne dag verder', status: 'clarify', lang: 'nl' },
  { q: 'thanks for your help earlier!', status: 'clarify', lang: 'en' },
  { q: 'Thanks, that was all for now. Have a good weekend!', status: 'clarify', lang: 'en' },
  { q: 'Dank je, dat was het voor vandaag. Fijne avond!', status: 'clarify', lang: 'nl' },
  // "Welke gemeente ...?" against a sentence that describes the one meant ("de gemeente die het beste
  // initiatief heeft") and names none: the charter does not name it.
  {
    q: 'Welke gemeente heeft de prijs voor jongerenparticipatie van de minister voor Jeugd en Gezin gekregen?',
    status: 'not_found',
    lang: 'nl',
    words: ['niet bij naam'],
  },
  { q: 'Which municipality won the youth participation prize?', status: 'not_found', lang: 'en' },
  // "voluit", "in full" ask what a name means; "loketten" is no slip of Lunetten (two letters off only for
  // the charter's own wijken).
  { q: 'Wat is WIBU voluit?', status: 'answered', lang: 'nl', words: ['Wijk in Bedrijf'] },
  { q: 'What is OKU in full?', status: 'answered', lang: 'en', words: ['OndernemersKrediet'] },
  { q: 'via welke loketten werkt WIBU wijkgericht?', status: 'answered', lang: 'nl', words: ['KvK'] },
  // After a comma, "hoeveel", "how many" opens one more question, "and" or not.
  {
    q: 'Hoeveel forumscholen realiseert de gemeente, hoeveel extra wijkagenten krijgt het korps?',
    status: 'answered',
    lang: 'nl',
    numbers: ['12', '37'],
  },
  {
    q: 'How many forum schools will there be, how many street coaches?',
    status: 'answered',
    lang: 'en',
    numbers: ['12', '25'],
  },
  // "How much was Utrecht eligible for?": a preposition left at the end has its object in the sentence
  // before ("national money for new allotment gardens").
  {
    q: 'We heard that Utrecht could get national money for new allotment gardens. How much was Utrecht eligible for?',
    status: 'answered',
    lang: 'en',
    lead: ['250,000'],
  },
  // "gemeente zelf of..?" after a question offers a side as the answer; it stays with what was asked.
  {
    q: 'straatcoaches: wie zet die in? gemeente zelf of..?',
    status: 'answered',
    lang: 'nl',
    cite: ['straatcoaches'],
  },
  // A note's "Heeft gehoord dat er X komen en wil weten hoeveel dat er worden": what is told before the
  // reported question is what its "dat" points at.
  {
    q: 'Telefoonnotitie 10:05\nBeller: dhr. Visser, Ondiep\nHeeft gehoord dat er straatcoaches komen en wil weten hoeveel dat er worden.\n- Anouk, KCC',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
  },
  {
    q: 'Phone note, 2 May\nCaller: Mrs Brown\nHas heard about the forum schools and wants to know how many there will be.\n- Tim',
    status: 'answered',
    lang: 'en',
    lead: ['12'],
  },
  // A follow-up that asks of the other side than the sentence shown ("en aan wie brengt het rijk verslag
  // uit?" after the College's reporting) is searched on its own.
  {
    thread: 'other-side-nl',
    q: 'Hoe vaak rapporteert het college aan de gemeenteraad over de voortgang?',
    status: 'answered',
    lang: 'nl',
    cite: ['twee maal per jaar'],
  },
  {
    thread: 'other-side-nl',
    q: 'en aan wie brengt het rijk verslag uit?',
    status: 'answered',
    lang: 'nl',
    cite: ['Tweede Kamer'],
  },
  {
    thread: 'other-side-en',
    q: 'How often does the Board of Mayor and Aldermen report to the council?',
    status: 'answered',
    lang: 'en',
  },
  {
    thread: 'other-side-en',
    q: 'And to whom does the national government report each year?',
    status: 'answered',
    lang: 'en',
    cite: ['Tweede Kamer'],
  },
  // In a conversation too, a which-question that points at nothing is answered by the clause that names
  // things of the kind asked.
  {
    thread: 'kind-in-conversation',
    q: 'hoeveel legt de gemeente zelf per jaar in?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
  },
  {
    thread: 'kind-in-conversation',
    q: 'welke woningcorporaties doen eigenlijk mee in Utrecht?',
    status: 'answered',
    lang: 'nl',
    words: ['Mitros', 'Portaal', 'Bo-Ex'],
  },
  // A note's "Vroeg ook wanneer ..." reports a second question; when the agreements end is the charter's own
  // period, whatever was asked before it.
  {
    q: 'Telefoonnotitie 9:40\nBeller: mw. Smit, Overvecht\nWil weten hoeveel straatcoaches er komen. Vroeg ook wanneer de afspraken aflopen.\n- Joost',
    status: 'answered',
    lang: 'nl',
    numbers: ['25', '2017'],
  },
  // "Kan iemand antwoorden?", "hoort volgens mij bij jullie" pass the quoted e-mail on.
  {
    q: 'Deze hoort volgens mij bij jullie. Kan iemand antwoorden? Gr, Sanne\n\n> Van: K. de Wit\n> Beste,\n> Hoeveel forumscholen realiseert de gemeente?\n> Groet, K. de Wit',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
  },
  // "..., and roughly how many ...?": how roughly it is asked comes before the second question's word.
  {
    q: 'How many forum schools does the city build, and roughly how many street coaches will there be?',
    status: 'answered',
    lang: 'en',
    numbers: ['12', '25'],
  },
  // A note's "wil weten of X" asks whether X ("Klopt het dat X?"), yes or no first; "Daarnaast: hoeveel ..."
  // asks, question mark or not.
  {
    q: 'Telefoonnotitie 11:15\nMeneer Jansen uit Hoograven belde en wil weten of zijn wijk ook onder het charter valt. Daarnaast: hoeveel de gemeente per jaar extra in Hoograven steekt.\n- Kim',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    numbers: ['500.000'],
  },
  {
    q: 'Phone note, 8 May\nMrs Peters from Hoograven called. She wants to know whether Hoograven is part of the charter.\n- Ben',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
  },
  // A chapter named ("in hoofdstuk 7", "hfd 7", "chapter 7") is where the answer is; a hyphenated kind
  // ("experiment-onderwerpen") is its second word.
  {
    q: 'welke 5 experiment-onderwerpen noemt het rijk in hoofdstuk 7?',
    status: 'answered',
    lang: 'nl',
    words: ['integraliteit', 'voordeur', 'bewonersparticipatie'],
  },
  {
    q: 'what are the experiment topics in chapter 7?',
    status: 'answered',
    lang: 'en',
    words: ['integraliteit', 'voordeur', 'bewonersparticipatie'],
  },
  // The side beside a verb of receiving receives ("How much money does Utrecht receive ...?"): its sum, not
  // the national total in the same clause.
  {
    q: 'How much money does the city of Utrecht receive for residents initiatives?',
    status: 'answered',
    lang: 'en',
    lead: ['850,000'],
  },
  {
    q: 'Hoeveel geld ontvangt de gemeente Utrecht voor burgerinitiatieven?',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
  },
  // A claimed figure is never refuted by the day of a date ("1 februari") nor by a number inside a code
  // ("WWI/W2008002440").
  {
    q: 'VVE extra geld 2008 vanuit OCW, was vijftig-nog-wat miljoen toch?',
    status: 'answered',
    lang: 'nl',
    notLead: ['1', '2008002440', '008002440'],
  },
  // "according to the charter" names no recipient; "krijgt U van WWI" names the giver beside the verb.
  {
    q: 'How much did the municipality of Utrecht receive for 2008 for citizens initiatives, according to the charter?',
    status: 'answered',
    lang: 'en',
    lead: ['850,000'],
  },
  {
    q: 'hoeveel krijgt U van WWI als tegemoetkoming voor het voorbereidingstraject participatiebudget?',
    status: 'answered',
    lang: 'nl',
    lead: ['225.000'],
  },
  // A sum asked for a recipient the clause does not name ("went to Utrecht" against the national € 53,5
  // miljoen for VVE) is not given.
  {
    q: 'How much of the extra VVE money from OCW went to Utrecht?',
    status: 'not_found',
    lang: 'en',
    notLead: ['53.5'],
  },
  {
    q: 'Hoeveel van het extra VVE-geld van OCW ging naar Utrecht?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['53,5'],
  },
  // An indicator's word ("overlast", "nuisance") with no wijk, where one sentence outside the target tables
  // carries every idea the question has: that sentence answers, not the youth nuisance table.
  {
    q: 'Met hoeveel procent wil het kabinet criminaliteit en overlast terugdringen?',
    status: 'answered',
    lang: 'nl',
    numbers: ['25'],
    cite: ['met 25% te reduceren'],
  },
  {
    q: 'By what percentage does the cabinet want to cut crime and nuisance?',
    status: 'answered',
    lang: 'en',
    lead: ['25'],
    cite: ['met 25% te reduceren'],
  },
  {
    q: 'kabinet: welke vermindering van criminaliteit en overlast, en tov welk jaar?',
    status: 'answered',
    lang: 'nl',
    numbers: ['25', '2002'],
    cite: ['met 25% te reduceren'],
  },
  // Who signed for a side: the office line and the signature at the end, which names them in full.
  {
    q: 'wie zette namens de gemeente zijn handtekening onder het charter?',
    status: 'answered',
    lang: 'nl',
    words: ['Harrie Bosch'],
    cite: ['drs. H. Bosch', 'drs. Harrie Bosch'],
  },
  {
    q: 'Which minister signed on behalf of the national government?',
    status: 'answered',
    lang: 'en',
    words: ['Ella Vogelaar'],
    cite: ['drs. E. Vogelaar', 'drs. Ella Vogelaar'],
  },
  // A refusal mentions a sentence only where it carries the question's rarest idea: "overgewicht", which
  // the charter never names, is not mentioned by a sentence on children in the same wijk.
  {
    q: 'Welk streefcijfer heeft het charter voor kinderen met overgewicht in Kanaleneiland?',
    status: 'not_found',
    lang: 'nl',
  },
  // A claimed sum is the charter's in any scale: "een half miljoen" is "€ 500.000", not another figure.
  {
    q: 'Klopt het dat de gemeente ieder jaar een half miljoen euro in Hoograven investeert?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    numbers: ['500.000'],
  },
  {
    q: 'so the city puts half a million a year into Hoograven, right?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    numbers: ['500,000'],
  },
  {
    q: 'Klopt het dat de gemeente jaarlijks 1 miljoen in Hoograven steekt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['500.000'],
  },
  // "welke twee staatssecretarissen", "secretaries of state": the number counts the people asked, and the
  // office is the grammar's, however it is written.
  {
    q: 'Welke drie staatssecretarissen van OCW staan er in het charter?',
    status: 'answered',
    lang: 'nl',
    words: ['Dijkma', 'Bijsterveldt'],
  },
  {
    q: 'Which secretaries of state for Education are listed in the charter?',
    status: 'answered',
    lang: 'en',
    words: ['Dijkma', 'Bijsterveldt'],
  },
  // A growth target asks the change, which the charter states as a share ("groeien met 10%").
  {
    q: 'bedrijf en beroep aan huis: groeidoel aantal regelingen?',
    status: 'answered',
    lang: 'nl',
    numbers: ['10'],
  },
  {
    q: 'What growth in the number of home business permits is the aim?',
    status: 'answered',
    lang: 'en',
    lead: ['10'],
  },
  // "nodig voor vergelijking met OD": what a figure is needed for asks nothing of Ondiep.
  {
    q: 'OV woninginbraken 2006 per 1000 woningen? nodig voor een vergelijking met OD',
    status: 'partial',
    lang: 'nl',
  },
  // "hoe groot was het aandeel ...": how big a share is asks a percentage, not a sum of money.
  {
    q: 'Hoe hoog was in 2006 het aandeel inwoners van Ondiep dat somber naar de toekomst keek?',
    status: 'answered',
    lang: 'nl',
    numbers: ['29'],
  },
  {
    q: 'How large was the share of Overvecht residents with a gloomy view of the future in 2006?',
    status: 'answered',
    lang: 'en',
    lead: ['44'],
  },
  // "kabinetsdoel": the target word says a figure is aimed for, which the cabinet's sentence states.
  {
    q: 'kabinetsdoel criminaliteit en overlast: hoeveel procent minder en tov welk jaar?',
    status: 'answered',
    lang: 'nl',
    numbers: ['25', '2002'],
    cite: ['met 25% te reduceren'],
  },
  // "kreeg Utrecht van WWI ...": a giver the claim names decides whose sum it is; Utrecht's own sums
  // elsewhere (the volkstuinen's € 250.000) are not it.
  {
    q: 'Voor de voorbereiding van het participatiebudget kreeg Utrecht 250.000 euro van WWI, toch?',
    status: 'answered',
    lang: 'nl',
    cite: ['participatiebudget'],
  },
  // A claim after a long lead-in ("Overvecht, share of pupils ...: was the 2017 target 50 percent?") is
  // still a claim: no, and the charter's figure.
  {
    q: 'Overvecht, pupils with a learning delay: was the 2017 target 50 percent?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['55'],
  },
  {
    q: 'Kanaleneiland, inwoners die somber naar de toekomst kijken: was het doel voor 2017 25%?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['20'],
  },
  // "naar welk aantal wilde men dat terugbrengen?" (read as "terug brengen") asks a change: the follow-up
  // keeps the wijk and the target.
  {
    thread: 'terugbrengen',
    q: 'hoeveel woninginbraken per 1000 woningen had Ondiep in 2006?',
    status: 'answered',
    numbers: ['38'],
  },
  {
    thread: 'terugbrengen',
    q: 'en tot welk aantal wilde men dat in 2017 terugbrengen?',
    status: 'answered',
    lang: 'nl',
    lead: ['15'],
  },
  // "woonde liever niet in de eigen buurt": the target of residents who do not like living there.
  {
    q: 'Welk deel van de inwoners van Ondiep woonde in 2006 liever niet in de eigen buurt?',
    status: 'answered',
    lang: 'nl',
    lead: ['33'],
  },
  // "and who pays for that?": the sentence that names someone where money is spoken of, in the clause
  // pointed at or in the other side's item with the same label ("Segregatie: het ministerie van OCW ...").
  {
    thread: 'segregatie-betaler',
    q: 'Neemt Utrecht deel aan de aanpak tegen segregatie op scholen?',
    status: 'answered',
  },
  {
    thread: 'segregatie-betaler',
    q: 'wie betaalt dat eigenlijk?',
    status: 'answered',
    lang: 'nl',
    words: ['OCW'],
  },
  {
    thread: 'pilot-betaler',
    q: 'What will the pilot against school segregation look into?',
    status: 'answered',
  },
  {
    thread: 'pilot-betaler',
    q: 'and who is paying for it?',
    status: 'answered',
    lang: 'en',
    words: ['OCW'],
  },
  // A part that only goes on from the one before ("..., en over welke jaren?") leaves that one the question a
  // follow-up asks again of another actor.
  {
    thread: 'jaren-en-corporaties',
    q: 'Hoeveel legt de gemeente Utrecht zelf per jaar in voor de wijkactieplannen, en voor welke jaren?',
    status: 'answered',
    numbers: ['4 miljoen', '2012'],
  },
  {
    thread: 'jaren-en-corporaties',
    q: 'en de woningcorporaties?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  // A claim that counts a thing no target counts ("30 street coaches") is checked against the clause that
  // counts it, not answered with the youth nuisance targets its other words name.
  {
    q: 'Is it true that 40 street coaches will tackle youth nuisance?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['25'],
  },
  {
    q: 'klopt het dat er 25 straatcoaches tegen jongerenoverlast worden ingezet?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    cite: ['25 straatcoaches'],
  },
  // "heeft de gemeente ... van het Rijk gekregen": the side after the auxiliary receives, the one after "van"
  // gives; Utrecht's € 850.000, not the national 20 miljoen.
  {
    q: 'Hoeveel geld heeft de gemeente Utrecht in 2008 van het Rijk gekregen voor bewonersinitiatieven?',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
    notLead: ['20'],
  },
  {
    q: 'How much has Utrecht received from the national government for citizen initiatives?',
    status: 'answered',
    lang: 'en',
    lead: ['850,000'],
  },
  // "vanaf welke datum en tot wanneer gelden de afspraken?": a first question of grammar words only takes its
  // subject from the second; together they ask the period.
  {
    q: 'Belnotitie: mevr. Smit belde. Wil weten vanaf welke datum en tot wanneer de afspraken uit het charter gelden.',
    status: 'answered',
    lang: 'nl',
    numbers: ['2008', '2017'],
  },
  {
    q: 'from what date and until when do the charter agreements apply?',
    status: 'answered',
    lang: 'en',
    numbers: ['2008', '2017'],
  },
  // "zo'n centrum" points at the last sentence that names a centre, past one that only points back itself;
  // "ons stuk van de stad" is where the writer lives ("wonen sinds kort in Zuilen-Oost").
  {
    q: "Beste,\n\nWij wonen sinds kort in Zuilen-Oost. Op het consultatiebureau hoorde ik over een Ouder-Kind Centrum. Mijn zus in Overvecht heeft er al een vlakbij. Wat staat er in het charter over zo'n centrum voor ons stuk van de stad?\n\nGroet,\nLinda",
    status: 'answered',
    lang: 'nl',
    cite: ['Noordwest (Ondiep of Zuilen-Oost)'],
  },
  // A letter's own sentence names the target ("how many residents feel responsible for their neighbourhood")
  // that its bare question ("the 2006 level, the interim target and the final target?") asks about, past
  // what the writer tells of themselves ("a clean-up day").
  {
    q: "Dear helpdesk,\n\nOur residents' group in Kanaleneiland is planning a clean-up day. I read that the charter has a target for how many residents feel responsible for their own neighbourhood. What were the figures: the 2006 level, the interim target and the final target?\n\nBest wishes,\nAylin",
    status: 'answered',
    lang: 'en',
    numbers: ['65', '75', '80'],
  },
  // A note whose title has a slip of the pen ("Telefoonotitie") is a note all the same.
  {
    q: 'Belnotiie 14:20\nBeller: mevr. Jansen\nHeeft gehoord over straatcoaches en wil weten hoeveel dat er komen.',
    status: 'answered',
    lang: 'nl',
    numbers: ['25'],
  },
  // "hoeveel dat er komen": "dat" points back at what the note told, it is no thing counted.
  {
    q: 'Belnotitie 09:12\nBeller: dhr. de Vries\nHeeft gehoord over forumscholen en wil weten hoeveel dat er komen.',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
  },
  // "wil weten of X, om hoeveel geld het ging": whether X, and the sum as a question of its own; the sum is
  // the one of the clause pointed at (the volkstuinen's), not a neighbour's with the same figure.
  {
    q: 'Belnotitie: mevr. Bos belde. Wil weten of het rijk geld geeft voor volkstuinen in Utrecht, om hoeveel geld het gaat en uit welk fonds.',
    status: 'answered',
    lang: 'nl',
    numbers: ['250.000'],
    words: ['Stimuleringsfonds Volkstuinen'],
  },
  {
    thread: 'volkstuinen-bedrag',
    q: 'Geeft het rijk geld voor volkstuinen in Utrecht?',
    status: 'answered',
  },
  {
    thread: 'volkstuinen-bedrag',
    q: 'en om hoeveel geld gaat het?',
    status: 'answered',
    lang: 'nl',
    lead: ['250.000'],
    cite: ['Stimuleringsfonds Volkstuinen'],
  },
  // "helpt", "helps" is the charter's "ondersteunen": someone in Kanaleneiland who helps residents with
  // their initiatives is the initiatievenloket.
  {
    q: 'Is er in Kanaleneiland iemand die bewoners helpt bij hun initiatieven?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    words: ['initiatievenloket'],
  },
  {
    q: 'Is there someone in Kanaleneiland who helps residents with initiatives?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    words: ['initiatievenloket'],
  },
  // A word cut short before a full stop is the one word of the charter's it begins ("onveiligheidsgev.",
  // "uitvoeringsprogr."), and its full stop ends no sentence; "raadsvraag" after a question says what for.
  {
    q: 'stedelijk gem. onveiligheidsgev. 2006?',
    status: 'answered',
    lang: 'nl',
    lead: ['30,5'],
  },
  {
    q: 'voor welke jaren zijn de uitvoeringsprogr. van de vier wijken vastgesteld?',
    status: 'answered',
    lang: 'nl',
    numbers: ['2008', '2009'],
  },
  {
    q: '<@U777> hoeveel steekt de gemeente zelf per jaar in de wijkactieplannen? raadsvraag :pray:',
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
  },
  // "what is the annual budget of X": a sum asked in so many words; a sentence without one does not answer.
  {
    q: 'What is the yearly budget of the Activeringscentrum in Overvecht?',
    status: 'not_found',
    lang: 'en',
  },
  // The sum of the actor the question names, where the best clause states it ("zal de gemeente ... € 4
  // miljoen per jaar inzetten"), not another's that says "jaarlijks".
  {
    q: "what's the yearly budget the city itself puts into the wijkactieplannen?",
    status: 'answered',
    lang: 'en',
    lead: ['4 million'],
  },
  // "er", "there" in a part after one that named a place asks of that place: Hoograven's € 500.000, not the
  // corporations' yearly sum.
  {
    q: 'Is Hoograven part of the charter? And how much does the city invest there each year?',
    status: 'answered',
    lang: 'en',
    numbers: ['500,000'],
  },
  {
    q: 'Hoograven hoort toch niet bij het charter? en hoeveel steekt de gemeente er per jaar in?',
    status: 'answered',
    lang: 'nl',
    numbers: ['500.000'],
    notLead: ['21,5'],
  },
  // "WWI offers Utrecht € 225.000": Utrecht receives; the claim is WWI's sum, which the sentence states.
  {
    q: 'Is it true that WWI grants Utrecht 225,000 euros for the participation budget preparation track?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  {
    q: 'Is it true that WWI offers Utrecht €300,000 to prepare for the participation budget?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['225,000'],
  },
  // "fall under" is the charter's "behoren tot": how many young people the approach to criminal youth groups
  // covers is the clause's 600, not the youth nuisance targets.
  {
    q: 'How many youngsters fall under the approach of criminal and nuisance youth groups?',
    status: 'answered',
    lang: 'en',
    lead: ['600'],
  },
  // "In 2009 één Ouder-Kind Centrum in Noordwest": a sentence that opens with its year goes on with what the
  // sentence before starts ("in 2007 oprichting van een OKC").
  {
    q: 'Vanaf welk jaar komt er een Ouder-Kind Centrum in Ondiep of Zuilen-Oost?',
    status: 'answered',
    lang: 'nl',
    lead: ['2009'],
  },
  // "voor hoe lang? en wie ...?" in a thread: a question that asks a kind of figure and nothing else is asked
  // of the conversation, not dropped for the question beside it.
  {
    thread: 'hoe-lang-en-wie',
    q: 'Hoeveel geld is er voor Utrecht voor de pilot tegen segregatie?',
    status: 'answered',
    numbers: ['100.000'],
  },
  {
    thread: 'hoe-lang-en-wie',
    q: 'voor hoe lang? en wie ondersteunt de gemeente inhoudelijk?',
    status: 'answered',
    lang: 'nl',
    numbers: ['3'],
    words: ['Kenniscentrum Gemengde Scholen'],
  },
  // ", and together with which knowledge institute?" is a second question, which goes on from the first
  // (branchering), not one question about any knowledge institute.
  {
    q: 'Which ministries will support Utrecht on branchering, and together with which knowledge institute?',
    status: 'answered',
    lang: 'en',
    words: ['EZ', 'Nicis'],
  },
  // Numbers in words with hundreds of thousands ("achthonderdvijftigduizend") are the charter's figures.
  {
    q: 'Klopt het dat Utrecht voor 2008 achthonderdvijftigduizend euro kreeg voor bewonersinitiatieven?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
  },
  // A strong clause that carries the question's rarest idea ("participatiebudget") decides whose sum it is,
  // where the best one does not: not Utrecht's volkstuinen money from WWI.
  {
    q: 'How much does WWI make available to prepare Utrecht for the participation budget?',
    status: 'answered',
    lang: 'en',
    lead: ['225,000'],
  },
  // "volgens de afspraken van 2008": the charter's year in its name, no year claimed; ", en in welk jaar?"
  // is a second question.
  {
    q: 'Belnotitie: mevr. Kaya belde (woont in Ondiep). Wil weten of er volgens de afspraken van 2008 een Ouder-Kind Centrum bij haar in de buurt zou komen, en in welk jaar.',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    numbers: ['2009'],
  },
  // A follow-up that points at nothing and names a thing few clauses carry asks about that thing, not about
  // the clause just shown or its neighbours.
  {
    thread: 'own-subject',
    q: 'met hoeveel procent moest het aantal regelingen bedrijf en beroep aan huis groeien?',
    status: 'answered',
    lang: 'nl',
    lead: ['10'],
  },
  {
    thread: 'own-subject',
    q: 'en sinds wanneer bestaat het OndernemersKrediet Utrecht eigenlijk?',
    status: 'answered',
    lang: 'nl',
    lead: ['2005'],
  },
  // "Since when": a target's year and its base year start nothing; only a year the charter says something
  // starts in answers.
  { q: 'Sinds wanneer zet Utrecht zich in tegen criminaliteit?', status: 'not_found', lang: 'nl' },
  { q: 'Since when has Utrecht been fighting crime?', status: 'not_found', lang: 'en' },
  { thread: 'actor-swap', q: 'en het rijk?', status: 'not_found', notLead: ['4', '21,5'] },
  // An idea only a few clauses carry ("kanszone") decides before how much else a clause shares; "welke wijk"
  // is answered by the sentence that names one. All signatories of a ministry are named.
  { q: 'welke wijk krijgt mogelijk een kanszone?', status: 'answered', lang: 'nl', cite: ['Overvecht'] },
  {
    q: 'Who signed on behalf of the Ministry of Education, Culture and Science (OCW)?',
    status: 'answered',
    lang: 'en',
    cite: ['Plasterk', 'Dijkma', 'Bijsterveldt'],
  },
  // "actually" as mere stress is no question about what really happened.
  {
    q: 'From when until when do those agreements actually apply?',
    status: 'answered',
    lang: 'en',
    cite: ['31 december 2017'],
  },
  // What happens when a corporation does not deliver: mediation, however it is said ("beloofd" is
  // "afgesproken"; "corporaties" and "corporatie" are one word to the stemmer).
  {
    q: 'Wat gebeurt er als een corporatie niet levert wat ze beloofd heeft?',
    status: 'answered',
    lang: 'nl',
    cite: ['mediation'],
  },
  { q: 'wat als een corporatie te weinig levert?', status: 'answered', lang: 'nl', cite: ['mediation'] },
  {
    q: 'What happens if a housing association does not deliver what was agreed?',
    status: 'answered',
    lang: 'en',
    cite: ['mediation'],
  },
  // "corporation" alone is the charter's corporatie too, not "onvoldoende" sociale contacten.
  { q: 'what if a corporation fails to deliver', status: 'answered', lang: 'en', cite: ['mediation'] },
  // A word the translations list is English, not two words glued: "households" is no "house holds".
  { q: 'how many households are there in Kanaleneiland?', status: 'not_found', lang: 'en' },
  // "elke wijk" is the charter's "Elke wijk"; its idiom "in ieder geval" is no "each".
  {
    q: 'Hoeveel geld heeft elke wijk voor initiatieven van bewoners?',
    status: 'answered',
    lang: 'nl',
    lead: ['1'],
  },
  // A sentence's one count of the thing asked is its total; a total of several actors' sums the charter
  // never states is not one actor's sum, nor a count of something else.
  {
    q: 'Hoeveel forumscholen gaat de gemeente in totaal in de krachtwijken realiseren?',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
  },
  {
    q: 'Hoeveel dragen corporaties, gemeente en rijk samen in totaal bij?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['21,5', '25'],
  },
  {
    q: 'How much do the corporations, the municipality and the rijk contribute in total?',
    status: 'not_found',
    lang: 'en',
    notLead: ['21.5'],
  },
  // "zoiets" points back at the thing the sentence before names.
  {
    q: 'Bij het consultatiebureau hoorde ik dat Overvecht al sinds 2007 een Ouder-Kind Centrum heeft. Komt er ook zoiets in Zuilen-Oost, en zo ja wanneer?',
    status: 'answered',
    lang: 'nl',
    cite: ['Noordwest'],
  },
  // "wie ondersteunt" is the sentence where someone "ondersteund" it: the verb and its participle meet.
  {
    q: 'Wie ondersteunt de gemeente inhoudelijk bij de pilot segregatie?',
    status: 'answered',
    lang: 'nl',
    cite: ['Kenniscentrum Gemengde Scholen'],
  },
  // "covered by the charter" is "onderdeel van de afspraken": Hoograven, added by the city, is not.
  { q: 'Is Hoograven covered by the charter?', status: 'answered', lang: 'en', leadWords: 'no' },
  {
    thread: 'hoograven-covered',
    q: 'Besides the four wijken picked by the minister, which neighbourhood did Utrecht add itself?',
    status: 'answered',
    cite: ['Hoograven'],
  },
  {
    thread: 'hoograven-covered',
    q: 'is it covered by the charter agreements?',
    status: 'answered',
    leadWords: 'no|not',
  },
  // "waar is dat geld voor?" asks what the money is for (not where), of the clause just quoted.
  {
    thread: 'money-for',
    q: 'Wanneer zou de verdeling van de extra rijksmiddelen voor de wijkenaanpak bekend worden?',
    status: 'answered',
    cite: ['zomer van 2008'],
  },
  { thread: 'money-for', q: 'waar is dat geld voor?', status: 'answered', cite: ['wijkenfonds'] },
  // "wie bepaalt" in shorthand, not at the start, is still the sentence that says who is to decide.
  {
    q: 'wijkagenten verdeling wie bepaalt welke wijken eerst',
    status: 'answered',
    lang: 'nl',
    cite: ['regionaal college'],
  },
  // "wie zitten achter", "who is behind" ask who initiates, not the word "achter".
  { q: 'Welke partijen zitten achter OKU?', status: 'answered', lang: 'nl', cite: ['Rabobank'] },
  { q: 'Who is behind OKU?', status: 'answered', lang: 'en', cite: ['Rabobank'] },
  // "that deal", "die afspraak" point back at what was just quoted.
  {
    thread: 'that-deal',
    q: "In which letter is the indicative distribution of the housing associations' extra contribution over the 40 wijken described?",
    status: 'answered',
    lead: ['2007'],
  },
  {
    thread: 'that-deal',
    q: 'and who did the rijk make that deal with?',
    status: 'answered',
    cite: ['Aedes'],
  },
  // "in tweevoud" counts copies.
  { q: 'In how many copies was the charter signed?', status: 'answered', lang: 'en', cite: ['in tweevoud'] },
  {
    q: 'In hoeveel exemplaren is het charter ondertekend?',
    status: 'answered',
    lang: 'nl',
    cite: ['in tweevoud'],
  },
  // "Ondiepers" are Ondiep's residents; "in het hele land" is no subject; "volgens de afspraken met het rijk"
  // says where to look, so a follow-up keeps its target.
  { q: 'Hoeveel wijken zijn er in het hele land aangewezen?', status: 'answered', lang: 'nl', lead: ['40'] },
  {
    thread: 'ondiepers',
    q: 'hoeveel procent van de Ondiepers voelde zich in 2006 onveilig in de eigen buurt?',
    status: 'answered',
    lead: ['43'],
  },
  {
    thread: 'ondiepers',
    q: 'en tot welk percentage moest dat volgens de afspraken met het rijk in 2017 zijn gedaald?',
    status: 'answered',
    lead: ['20'],
  },
  // A where-question is answered by the sentence that names a place.
  { q: 'waar is het charter ondertekend?', status: 'answered', lang: 'nl', cite: ['te Utrecht'] },
  { q: 'Where was the charter signed?', status: 'answered', lang: 'en', cite: ['te Utrecht'] },
  // A claimed frequency is checked as times a year; a figure is refuted only by one of a comparable unit.
  {
    q: 'klopt het dat het landelijke evenement voor alle partijen maar één keer per jaar is?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
  },
  // A frequency said in a figure's words is read before the "per jaar een" that follows it.
  {
    q: 'Klopt het dat er twee keer per jaar een landelijk evenement wordt georganiseerd?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
  },
  {
    q: 'is the national event for all parties held twice a year?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  // A figure refuted by a range is answered with the whole range.
  {
    q: 'Klopt het dat Utrecht projecten voor vijf jaar mogelijk maakt?',
    status: 'answered',
    lang: 'nl',
    lead: ['3', '4'],
    leadWords: 'nee',
  },
  {
    q: 'Klopt het dat er landelijk 30 wijken zijn aangewezen?',
    status: 'answered',
    lang: 'nl',
    notLead: ['500.000'],
  },
  // What someone thought is an opinion the charter does not hold.
  {
    q: 'Wat vond wethouder Bosch persoonlijk van de samenwerking met het rijk?',
    status: 'not_found',
    lang: 'nl',
  },
  // A follow-up in a thread about signatories that names another ministry asks for its signatories.
  {
    q: 'Who signed on behalf of the Ministry of Justice?',
    status: 'answered',
    lang: 'en',
    thread: 'ministries',
    cite: ['Hirsch Ballin'],
  },
  { q: 'and VWS?', status: 'answered', lang: 'en', thread: 'ministries', cite: ['Klink', 'Bussemaker'] },
  { q: 'en voor Sociale Zaken?', status: 'answered', lang: 'nl', thread: 'ministries', cite: ['Donner'] },
  // A short remark after an answered question is about that answer, never "the charter says nothing";
  // a second question with a subject of its own is answered (here: refused) in its turn.
  { q: 'OD uitkering 2006 vs stedelijk gem? zat OD er echt boven??', status: 'answered', lang: 'nl' },
  // A follow-up that names a subject of its own the last clause lacks is not answered by that clause.
  {
    q: 'wat is het doel voor inbraken in ondiep 2011?',
    status: 'answered',
    lang: 'nl',
    thread: 'own-subject',
  },
  { q: 'en wie is de burgemeester?', status: 'not_found', lang: 'nl', thread: 'own-subject' },
  // "waar staat die afkorting voor?" asks what the abbreviation just named means (concept askMeaning).
  {
    q: 'Wat ontwikkelt het CCV voor BZK, en waar staat die afkorting voor?',
    status: 'answered',
    lang: 'nl',
    cite: ['Centrum voor Criminaliteitspreventie en Veiligheid'],
  },
  // An announcement before a colon ("Ik ben benieuwd hoe ... stond:") is no part of the question after it.
  {
    q: 'Ik ben benieuwd hoe het ervoor stond: welk deel van de leerlingen in Kanaleneiland ging in 2006 naar havo of vwo?',
    status: 'answered',
    lang: 'nl',
    lead: ['16'],
  },
  // "it" in a thread about the signatories is the charter: where the signature lines cannot answer, the
  // charter's signing line does.
  { q: 'Who signed for VWS?', status: 'answered', lang: 'en', thread: 'signed-where', cite: ['Klink'] },
  { q: 'and when was it signed?', status: 'answered', lang: 'en', thread: 'signed-where', lead: ['2008'] },
  // Chat filler ("nou precies", "tl;dr", "exactly") is no subject.
  { q: 'wat doet dat werkhotel nou precies? tl;dr', status: 'answered', lang: 'nl', cite: ['Werkhotel'] },
  // The charter's own "huidige" ("na de huidige ISV- en GSB-periode") is 2008, not today.
  {
    q: 'Wat gebeurt er als er na de huidige ISV- en GSB-periode te weinig geld blijkt te zijn?',
    status: 'answered',
    lang: 'nl',
    cite: ['aangepast aan de veranderde financiële omstandigheden'],
  },
  // Colloquial words through the glossary: a "potje" is a budget, "plannen van bewoners" are initiatives.
  {
    q: 'Hoe groot is het potje per wijk voor plannen van bewoners?',
    status: 'answered',
    lang: 'nl',
    lead: ['1'],
    cite: ['leefbaarheidbudget'],
  },
  // "hoeveel van de krachtwijken": the noun after "van de" is what is counted.
  {
    q: 'In hoeveel van de wijken komt zo een werkhotel?',
    status: 'answered',
    lang: 'nl',
    cite: ['twee wijken'],
  },
  // Coverage a few points apart is a tie: the clause that matches the question's words better answers.
  {
    q: 'Which partners in the Veiligheidshuis worked out scenarios for an individual approach?',
    status: 'answered',
    lang: 'en',
    cite: ['Raad voor de kindbescherming'],
  },
  // "diezelfde minister" points back; its own subject ("kindvriendelijke wijken") is found in the section
  // of the clause pointed at, not only among its next neighbours.
  {
    thread: 'same-minister',
    q: 'Waarvoor stelt de minister voor Jeugd en Gezin extra middelen beschikbaar?',
    status: 'answered',
    lang: 'nl',
    cite: ['Centra voor Jeugd en Gezin'],
  },
  {
    thread: 'same-minister',
    q: 'en wat doet diezelfde minister voor kindvriendelijke wijken?',
    status: 'answered',
    lang: 'nl',
    cite: ['reikt in 2008 een prijs uit'],
  },
  // "welke drie dingen": the clause whose sentence lists three, about what was asked.
  {
    q: 'Voor welke drie dingen stelt het rijk extra geld beschikbaar voor de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    cite: ['preventiebudget'],
  },
  // A sum the corporations pay is not the rijk's: no figure up front for the wrong actor.
  {
    q: 'hoeveel extra geld stelt het rijk jaarlijks beschikbaar?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['21,5'],
  },
  // "gem utrecht" is the municipality, "stedelijk gem" the average.
  { q: 'wanneer nulmeting eigen monitor gem utrecht?', status: 'answered', lang: 'nl', lead: ['2008'] },
  {
    q: 'Which young people get priority in the repressive approach?',
    status: 'answered',
    lang: 'en',
    cite: ['geweldsantecedenten'],
  },
  // "Naast X, wat nog meer?": the sentence that says X is known; the one after it answers.
  {
    q: 'Naast diensten aan lokale initiatieven, wat gaat EZ nog meer doen voor startende ondernemers?',
    status: 'answered',
    lang: 'nl',
    cite: ['coachingsnetwerk'],
  },
  // "dus ...?", "so ...?" put a statement to confirm: yes or no first; never a "yes" where the sentence
  // does not name the actor the claim is about.
  { q: 'dus het charter is zelf een beschikking?', status: 'answered', lang: 'nl', leadWords: 'nee' },
  { q: 'so the rijk pays for the werkhotel?', status: 'answered', lang: 'en', leadWords: 'not' },
  // Slack's "+" joins two questions; the lead-in goes with the first, the second follows on from it.
  {
    q: 'kanszone OV: welk ministerie helpt bij de afweging + welk rapport wordt daarvoor verspreid?',
    status: 'answered',
    lang: 'nl',
    cite: ['ministerie van EZ', 'Kansenzones Rotterdam'],
  },
  // What something is for: the sentence that says so ("bedoeld om"); which letter: the one named by its date.
  {
    thread: 'cjg-money',
    q: 'Waarvoor zijn de extra rijksmiddelen voor de Centra voor Jeugd en Gezin bedoeld?',
    status: 'answered',
    lang: 'nl',
    cite: ['licht pedagogische hulp'],
  },
  { thread: 'cjg-money', q: 'uit welke brief komt dat?', status: 'answered', lang: 'nl', lead: ['2007'] },
  // The issue's own checks of a figure: the sentence about the subject refutes the claim with its figure.
  {
    q: 'Krijgt het korps 500 extra wijkagenten?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['37'],
  },
  // A claimed count is checked against the sentence that counts the same thing.
  {
    q: 'Klopt het dat er landelijk 30 wijken zijn aangewezen voor de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['40'],
  },
  // The issue's example: the municipality's own yearly money is € 4 miljoen, not Hoograven's € 500.000.
  {
    q: 'How much does the municipality invest from its own resources per year?',
    status: 'answered',
    lang: 'en',
    lead: ['4'],
    notLead: ['500,000'],
  },
  {
    q: 'How much does the municipality invest in Hoograven every year?',
    status: 'answered',
    lang: 'en',
    lead: ['500,000'],
  },
  // Issue 19's own examples, pinned: shorthand, checks of a figure, the subject's figure, what the charter
  // does not say, an ambiguous indicator.
  { q: 'ke overlast jongeren 2011 tov 2006?? 🙏', status: 'answered', lang: 'nl', lead: ['50'] },
  { q: '*ondiep* inbraak 2011', status: 'answered', lang: 'nl', lead: ['21'] },
  { q: '<@U024BE7LH> hoeveel wijkagenten?', status: 'answered', lang: 'nl', cite: ['wijkagenten'] },
  { q: 'wibu = ?', status: 'answered', lang: 'nl', cite: ['WIBU'] },
  {
    q: 'klopt het dat er vijftig straatcoaches komen?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['25'],
  },
  {
    q: 'ke uitkeringen doel 2017 - was het vijfenveertig procent?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    lead: ['45'],
  },
  {
    q: 'Hoeveel zet de gemeente uit eigen middelen in per jaar?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
  },
  { q: 'Hoeveel woningen worden er gesloopt in Kanaleneiland?', status: 'not_found', lang: 'nl' },
  { q: 'wat vind jij, was dit charter een goed plan?', status: 'not_found', lang: 'nl' },
  { q: 'wie is er nu, anno 2024, wethouder?', status: 'not_found', lang: 'nl' },
  { q: 'Who won the 2010 World Cup?', status: 'not_found', lang: 'en' },
  { q: "What are Rotterdam's targets?", status: 'not_found', lang: 'en' },
  { q: 'are we on track for unemployment in Overvecht?', status: 'clarify', lang: 'en' },
  // A letter's wijk fills in a target question only: the pilot's helper is the same wherever the writer lives.
  {
    q: 'Goedendag,\n\nIk ben directeur van een basisschool in Ondiep. Ik las dat er een proef komt tegen segregatie in het onderwijs. Welke organisatie helpt de gemeente daarbij inhoudelijk?\n\nGroet,\nJ.',
    status: 'answered',
    lang: 'nl',
    cite: ['Kenniscentrum Gemengde Scholen'],
  },
  {
    q: 'Beste,\n\nIk woon in Ondiep. Wat was het doel voor woninginbraken in 2011?\n\nGroet',
    status: 'answered',
    lang: 'nl',
    lead: ['21'],
  },
  // In a letter, "it" after a sentence that names something by its acronym is that thing.
  {
    q: 'Dear Sir or Madam,\n\nI read that Utrecht has a Wijk in Bedrijf Utrecht (WIBU). Who set it up?\n\nKind regards,\nA.',
    status: 'answered',
    lang: 'en',
    cite: ['WIBU'],
  },
  // "help" says someone acts, not what about; asking what the bot can help with is small talk.
  { q: 'How does the Veiligheidshuis help?', status: 'answered', lang: 'en', cite: ['Veiligheidshuis'] },
  {
    q: 'Hoe helpt het rijk de gemeente bij branchering?',
    status: 'answered',
    lang: 'nl',
    cite: ['(EZ, VROM, BZK)'],
  },
  { q: 'what can you help me with?', status: 'clarify', lang: 'en', chat: true },
  // "who decides ...?": the sentence that says who is to decide, not the one that shares most words.
  {
    q: 'who decides which wijken get the extra wijkagenten first?',
    status: 'answered',
    lang: 'en',
    cite: ['regionaal college'],
  },
  // A footnote about the targets themselves answers a question about them, with no figure of its own.
  {
    q: 'Where do the indicators and figures behind the targets come from?',
    status: 'answered',
    lang: 'en',
    cite: ['Wijkenmonitor 2006'],
  },
  // A plural which-question answered by a bullet: the bullets beside it that say the same of the same actor.
  {
    q: 'Welke voorzieningen heeft WWI gerealiseerd waar gemeenten hun vragen over de wijkenaanpak kunnen stellen?',
    status: 'answered',
    lang: 'nl',
    cite: ['consortium van kenniscentra', 'digitaal loket', 'helpdesk'],
  },
  // A claimed year is checked against the year the sentence gives in the same words.
  {
    q: 'Klopt het dat de doelen van de wijkactieplannen in de zomer van 2006 zijn opgesteld?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['2007'],
  },
  // A known other city is refused unless the sentence shown names it.
  { q: 'Welke afspraken heeft Rotterdam gemaakt?', status: 'not_found', lang: 'nl' },
  // Lowercase "zo" first before a target's word is Zuilen-Oost.
  { q: 'zo inbraken 2006 vs stedelijk gem?', status: 'answered', lang: 'nl', numbers: ['23,4', '21,5'] },
  // A claimed range is refuted by the charter's range, each said whole.
  {
    q: 'klopt het dat projecten in de utrechtse aanpak voor 5 tot 6 jaar mogelijk worden gemaakt?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['3', '4'],
  },
  // "in totaal" asks whether a sentence states a total, it is no subject; a group named with its number
  // ("de 40 wijken") picks the sentence about that group, which states its total ("Hiervan ... € 10 miljoen").
  {
    q: 'How much is there in total for residents initiatives in the 40 neighbourhoods?',
    status: 'answered',
    lang: 'en',
    lead: ['10'],
    cite: ['voor de 40 wijken'],
  },
  {
    q: 'hoeveel geld is er in totaal voor bewonersinitiatieven in de 40 wijken?',
    status: 'answered',
    lang: 'nl',
    lead: ['10'],
    cite: ['voor de 40 wijken'],
  },
  // "realiseert" and "realiseren" are one verb: the long vowel is written double in a closed syllable only.
  {
    q: 'Hoeveel forumscholen gaat de gemeente in de krachtwijken realiseren?',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
    cite: ['12 forumscholen'],
  },
  // Shorthand that asks nothing in so many words, or "hoeveel" without its noun: the count of the thing named.
  {
    q: 'extra wijkagenten voor korps utrecht 2007-2011?',
    status: 'answered',
    lang: 'nl',
    lead: ['37'],
    cite: ['37 extra wijkagenten'],
  },
  {
    q: 'forumscholen - hoeveel realiseert de gemeente er?',
    status: 'answered',
    lang: 'nl',
    lead: ['12'],
    cite: ['12 forumscholen'],
  },
  // A figure guessed at after the question is what the answer may well be, not a figure to avoid.
  {
    q: 'hoeveel straatcoaches komen er in totaal? vijfentwintig?',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
    cite: ['25 straatcoaches'],
  },
  // The city's count is not a wijk's: it is said as the total.
  {
    q: 'Hoeveel straatcoaches worden er in Zuilen-Oost ingezet?',
    status: 'partial',
    lang: 'nl',
    lead: ['25'],
    leadWords: 'niet voor zuilen-oost, alleen in totaal',
  },
  // A count of something no target counts, asked for a wijk: the city's count is not the wijk's, and no
  // target of a theme a loose word suggests ("work": benefits) answers it.
  {
    q: 'How many street coaches will work in Ondiep?',
    status: 'partial',
    lang: 'en',
    lead: ['25'],
    leadWords: 'only the total',
  },
  {
    q: 'hoeveel forumscholen komen er in overvecht',
    status: 'partial',
    lang: 'nl',
    lead: ['12'],
    leadWords: 'alleen in totaal',
  },
  // A question in a letter that only points back ("When did it start?") takes its subject from the sentence
  // before and its kind (a date) from itself; it is not dropped for having no subject of its own.
  {
    q: 'Dear Sir or Madam,\n\nI want to open a small shop but the banks will not lend me anything. Someone mentioned a local micro-credit scheme called OKU. When did it start?\n\nKind regards,\nTom',
    status: 'answered',
    lang: 'en',
    lead: ['2005'],
    cite: ['in 2005 is OndernemersKrediet Utrecht (OKU) gestart'],
  },
  // A place outside the charter stays refused, whatever the sentence before it adds.
  {
    q: 'Hello,\n\nI am comparing urban renewal programmes for a report. What are the youth nuisance targets that Rotterdam agreed for Delfshaven in its charter?\n\nThanks,\nClaire',
    status: 'not_found',
    lang: 'en',
  },
  // "dit soort", "this kind of": no more than "dit" says; the subject is what follows.
  {
    q: 'Een buurvrouw zei dat er per wijk een potje is voor dit soort bewonersinitiatieven. Hoe groot is dat bedrag per jaar?',
    status: 'answered',
    lang: 'nl',
    lead: ['1'],
    cite: ['Elke wijk heeft een leefbaarheidbudget van € 1 miljoen per jaar'],
  },
  { q: 'Is there money for this kind of casino?', status: 'not_found', lang: 'en' },
  // The subject decides the figure: what Utrecht gets for burgerinitiatieven is not what it gets from the
  // wijkenfonds, nor for its Centres for Youth and Family.
  { q: 'hoeveel krijgt utrecht uit het wijkenfonds?', status: 'not_found', lang: 'nl', notLead: ['850.000'] },
  {
    q: 'How much money does Utrecht itself receive for its Centres for Youth and Family?',
    status: 'not_found',
    lang: 'en',
    notLead: ['850,000', '850.000'],
  },
  // A thing of a signatory the signature block does not hold (a party) is not answered by their line.
  {
    q: 'Van welke politieke partij was minister Vogelaar lid toen ze het charter tekende?',
    status: 'not_found',
    lang: 'nl',
  },
  { q: 'Which party did Vogelaar belong to?', status: 'not_found', lang: 'en' },
  // Asked which organisations, a sentence that names none does not say; one that starts with one does.
  {
    q: 'Welke bedrijven willen een bijdrage leveren aan het aanpakken van de wijkproblematiek?',
    status: 'not_found',
    lang: 'nl',
  },
  // A follow-up the clause just quoted cannot answer is asked again with the subject of the question before.
  {
    thread: 'subject1',
    q: 'Met welke woningcorporaties werkt Utrecht samen in de krachtwijken?',
    status: 'answered',
    lang: 'nl',
    cite: ['Mitros, Portaal en Bo-Ex'],
  },
  {
    thread: 'subject1',
    q: 'en hoeveel leggen die samen per jaar in?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
    cite: ['dragen jaarlijks € 21,5 miljoen bij'],
  },
  // Who acts: the actor asked about gives the sum; one named as who receives ("Voor Utrecht is ...
  // beschikbaar") does not act; "the Utrecht corporations" are corporations.
  {
    q: 'How much does the municipality contribute every year?',
    status: 'answered',
    lang: 'en',
    lead: ['4'],
    cite: ['indicatief € 4 miljoen per jaar'],
  },
  {
    q: 'and how much do the Utrecht corporations put in every year?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5'],
    cite: ['€ 21,5 miljoen'],
  },
  // A sentence about a wijk the question does not name (Hoograven) gives that wijk's figure.
  {
    q: 'hoeveel investeert de gemeente jaarlijks?',
    status: 'answered',
    lang: 'nl',
    lead: ['4'],
    notLead: ['500.000'],
  },
  {
    thread: 'actor2',
    q: 'How much do the housing corporations in Utrecht put into the neighbourhood approach every year?',
    status: 'answered',
    lang: 'en',
    lead: ['21.5'],
  },
  { thread: 'actor2', q: 'and the city itself?', status: 'answered', lang: 'en', lead: ['4'] },
  // The later asking phrase is the question: "looptijd charter:" is the topic, "vanaf welke datum" asks.
  {
    q: 'looptijd van de afspraken: vanaf welke datum?',
    status: 'answered',
    lang: 'nl',
    lead: ['9 juni 2008'],
    cite: ['vanaf 9 juni 2008'],
  },
  // "hoeveel per jaar" asks a sum.
  {
    q: 'segregatiepilot: hoeveel per jaar?',
    status: 'answered',
    lang: 'nl',
    lead: ['100.000'],
    cite: ['€ 100.000 per jaar'],
  },
  // A claimed count in English counts the charter's Dutch unit ("neighbourhoods" are "wijken").
  {
    q: 'Is it true that 40 neighbourhoods nationwide were designated?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['40 wijken aangewezen'],
  },
  {
    q: 'Is it true that 30 neighbourhoods nationwide were designated?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    lead: ['40'],
  },
  // A claim about a thing the charter says it is not: the sentence that denies it in so many words.
  {
    q: 'Is the charter itself a formal funding decision (beschikking) for the money?',
    status: 'answered',
    lang: 'en',
    leadWords: 'no',
    cite: ['Dit charter is echter geen beschikking.'],
  },
  {
    q: 'Kan de gemeente met dit charter rijksgeld opeisen, of is het charter een subsidiebeschikking?',
    status: 'answered',
    lang: 'nl',
    cite: ['Dit charter is echter geen beschikking.'],
  },
  // "hoeveel is er ... voor" asks a sum, whatever stands between.
  {
    thread: 'total40',
    q: 'Hoeveel geld krijgt Utrecht in 2008 van het rijk voor bewonersinitiatieven?',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
  },
  {
    thread: 'total40',
    q: 'en hoeveel was er in totaal voor de 40 wijken?',
    status: 'answered',
    lang: 'nl',
    lead: ['10'],
    notLead: ['18'],
  },
  // "verwezenlijken" and "verwezenlijking" share a stem; a list's lead-in brings its items.
  {
    q: 'Welke geldstromen noemt het charter voor het verwezenlijken van de doelen uit de wijkactieplannen?',
    status: 'answered',
    lang: 'nl',
    cite: ['drie geldstromen', 'Een additionele inzet vanuit de corporatiesector', 'Gemeentemiddelen'],
  },
  // "welke X": a lead-in that names X and introduces a list answers with its items.
  {
    q: 'Uit welke geldstromen worden de wijkactieplannen betaald volgens het hoofdstuk financiering?',
    status: 'answered',
    lang: 'nl',
    cite: ['drie geldstromen', 'Gemeentemiddelen'],
  },
  // A compound of a named kind ("onderwijsinstellingen") asks for names: the sentence that gives them.
  {
    q: 'Met welke onderwijsinstellingen gaat Utrecht samenwerken voor kennisontwikkeling?',
    status: 'answered',
    lang: 'nl',
    cite: ['Universiteit van Utrecht en de Hoge School Utrecht'],
  },
  // A place the question names by a rare name is in the clause that answers, not one sharing "extra geld".
  {
    q: 'Hoeveel extra geld krijgt Hoograven?',
    status: 'answered',
    lang: 'nl',
    lead: ['500.000'],
    notLead: ['53,5'],
  },
  { q: 'how much extra money does Hoograven get?', status: 'answered', lang: 'en', lead: ['500,000'] },
  // "onze wijk", "our neighbourhood" in a letter is the one place it named before.
  {
    q: 'Hello,\n\nI live in Hoograven and a neighbour told me it is a krachtwijk just like Kanaleneiland. Is Hoograven covered by the agreements in this charter? And how much extra money does our neighbourhood get?\n\nBest regards,\nMark',
    status: 'answered',
    lang: 'en',
    numbers: ['500,000'],
    cite: ['Hoograven maakt géén onderdeel uit', '€ 500.000'],
  },
  {
    q: 'Geachte heer, mevrouw,\n\nIk woon in Ondiep met drie kinderen. In Kanaleneiland en Overvecht is er al een Ouder-Kind Centrum. Wanneer komt er ook zo een centrum in onze buurt?\n\nGroet,\nNadia',
    status: 'answered',
    lang: 'nl',
    lead: ['2009'],
    cite: ['In 2009 één Ouder-Kind Centrum in Noordwest'],
  },
  // Who receives is what a money question is about: a receiver the charter never names is not answered.
  { q: 'how much extra money does the new sports hall get?', status: 'not_found', lang: 'en' },
  { q: 'Hoeveel extra geld krijgt de nieuwe sporthal?', status: 'not_found', lang: 'nl' },
  // "which wijken" of a sentence that names none ("In twee wijken is een Werkhotel gepland"): not said.
  { thread: 'werkhotel', q: 'What does the charter say about a Werkhotel?', status: 'answered', lang: 'en' },
  { thread: 'werkhotel', q: 'which two neighbourhoods?', status: 'not_found', lang: 'en' },
  { q: 'in welke wijken komt een werkhotel?', status: 'not_found', lang: 'nl' },
  // "how many of those" counts what was pointed at: never a sum, nor another subject's count elsewhere.
  {
    thread: 'those1',
    q: 'Wie betaalt de combinatiefuncties van rijkswege?',
    status: 'answered',
    lang: 'nl',
  },
  {
    thread: 'those1',
    q: 'and how many of those does Utrecht get?',
    status: 'not_found',
    lang: 'en',
    notLead: ['37', '53.5', '850,000'],
  },
  // "which organisations are behind it?" of a sentence whose names are what "it" is: the clause's sentence
  // that names others.
  { thread: 'oku1', q: 'When did OKU start?', status: 'answered', lang: 'en', lead: ['2005'] },
  {
    thread: 'oku1',
    q: 'and which organisations are behind it?',
    status: 'answered',
    lang: 'en',
    cite: ['Rabobank Utrecht'],
  },
  // When a thing of the charter starts is a date in its text, whatever target word the question also uses.
  {
    q: 'wanneer moest de wet bestuurlijke boete overlast ingaan?',
    status: 'answered',
    lang: 'nl',
    lead: ['1 januari 2009'],
    cite: ['op 1 januari 2009 in werking treedt'],
  },
  // A wijk only the letter's context names does not make the city's count the question's.
  {
    q: 'Dear Sir/Madam,\n\nI coach a football team in Overvecht. How many street coaches did the charter say would be deployed against youth nuisance?\n\nKind regards,\nAhmed',
    status: 'answered',
    lang: 'en',
    lead: ['25'],
  },
  { q: 'hoeveel straatcoaches in ZO?', status: 'not_found', lang: 'nl', notLead: ['25'] },
  // "stopt ... in", "steekt": puts money in. "onze wijk" after "Valt onze wijk onder het charter?".
  {
    q: 'Beste,\n\nIk woon in Hoograven en las over de krachtwijken. Valt onze wijk onder het charter? En hoeveel geld stopt de gemeente in onze wijk?\n\nGroet,\nFam. Jansen',
    status: 'answered',
    lang: 'nl',
    numbers: ['500.000'],
    cite: ['Hoograven maakt géén onderdeel uit', '€ 500.000'],
  },
  // A compound the charter spells two ways ("welzijnssector", "Welzijnsector") is one word.
  {
    q: 'Welke organisatie kan de welzijnssector helpen met kennis en expertise?',
    status: 'answered',
    lang: 'nl',
    cite: ['Movisie'],
  },
  // The sentence after the one that names the subject says what the asked actor does: both are shown.
  {
    q: 'wat doet de gemeente bij overlastgevende gezinnen?',
    status: 'answered',
    lang: 'nl',
    words: ['case-manager'],
  },
  {
    q: 'What does the municipality deploy for families causing nuisance and crime?',
    status: 'answered',
    lang: 'en',
    words: ['case-manager'],
  },
  // A preposition is no topic: "via" of the question is not the "via de reguliere weg" of another clause.
  {
    q: 'via welke weg lopen de ontsluitingswerken bij Overvecht?',
    status: 'answered',
    lang: 'nl',
    words: ['Noordelijke Randweg'],
  },
  // A claimed count is checked against the clause that counts the same thing, further down the search.
  {
    q: 'Is it true that 40 neighbourhoods nationwide were designated for this programme?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
    cite: ['40 wijken aangewezen'],
  },
  // Shorthand: "jr", "vd". A sentence that points back ("deze additionele bijdrage") is about what the
  // sentence before it names (Aedes).
  {
    q: 'Aedes: welk jr is de brief vd verdeling van de extra corporatiebijdrage?',
    status: 'answered',
    lang: 'nl',
    lead: ['2007'],
    cite: ['brief van 3 oktober 2007'],
  },
  { q: 'voor hoeveel jr gaan steden en rijk aan de slag?', status: 'answered', lang: 'nl', lead: ['10'] },
  // How long: a period from one date to another.
  {
    q: 'hoe lang gelden de afspraken?',
    status: 'answered',
    lang: 'nl',
    numbers: ['2008', '2017'],
    cite: ['gelden vanaf 9 juni 2008'],
  },
  // "in elke wijk" answers how many wijken.
  {
    q: 'leerwerkploeg: in hoeveel wijken?',
    status: 'answered',
    lang: 'nl',
    words: ['elke wijk'],
    cite: ['leerwerkploeg'],
  },
  {
    q: 'In how many wijken will a leerwerkploeg start working?',
    status: 'answered',
    lang: 'en',
    words: ['every wijk'],
    cite: ['leerwerkploeg'],
  },
  // A target year asked beside the city's average is said with it.
  {
    q: 'inbraak ZO 2017 tov stedelijk gem',
    status: 'answered',
    lang: 'nl',
    numbers: ['21,5', '23,4', '15'],
  },
  {
    q: 'What was the city average for benefits in 2006, and the Ondiep target for 2011?',
    status: 'answered',
    lang: 'en',
    numbers: ['14.3', '18.9'],
    words: ['target there is 14.3% by 2011'],
  },
  // A Dutch verb whose particle ends the question is the verb written whole ("zet ... op": opzetten;
  // "legt ... in": inleggen, the glossary's inzetten). "naast X ... nog meer": X is known, not asked.
  {
    q: 'EZ microfinanciering: wat zet EZ naast de diensten aan lokale initiatieven nog meer op?',
    status: 'answered',
    lang: 'nl',
    words: ['coachingsnetwerk'],
  },
  { q: 'hoeveel legt de gemeente jaarlijks in?', status: 'answered', lang: 'nl', lead: ['4'] },
  {
    q: 'welke staatssecretaris van Sociale Zaken staat als ondertekenaar in het charter?',
    status: 'answered',
    lang: 'nl',
    words: ['Aboutaleb'],
  },
  // A count asked is not given by a number the question states itself, nor by a share.
  {
    q: 'hoeveel fte zet het CWI in binnen de veertig wijken?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['40'],
  },
  {
    q: 'Hoeveel kinderen uit Zuilen-Oost gingen in 2006 naar een forumschool?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['21,9'],
  },
  // A letter whose only question asks nothing of its own ("Kunt u mij dat laten weten?") asks what the
  // sentence before it asks in passing.
  {
    q: 'Beste,\n\nIk zit in de klankbordgroep van Ondiep. Mijn buurman vroeg zich af hoeveel straatcoaches er volgens het charter in totaal komen. Kunt u mij dat laten weten?\n\nGroet,\nPiet',
    status: 'answered',
    lang: 'nl',
    lead: ['25'],
  },
  {
    q: 'Dear team,\n\nI volunteer at a community centre. My manager wondered how often the national event for all parties is organised. Could you let me know?\n\nThanks,\nSam',
    status: 'answered',
    lang: 'en',
    words: ['twice'],
  },
  // "moest" is grammar; a compound the charter writes weighs as itself: the claimed date of the
  // Participatiebudget is checked against its own sentence, not the charter's start.
  {
    q: 'klopt het dat het Participatiebudget per 1 januari 2010 moest ingaan?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee',
    lead: ['2009'],
    notLead: ['2008'],
  },
  // The signatories of a ministry: every office holder of it unless one office is asked; "economic
  // affairs" names Economische Zaken, not every ministry with "Zaken".
  {
    q: 'Welke bewindslieden van OCW hebben ondertekend?',
    status: 'answered',
    lang: 'nl',
    words: ['Plasterk', 'Bijsterveldt', 'Dijkma'],
  },
  {
    q: 'Who co-signed for the Ministry of Economic Affairs?',
    status: 'answered',
    lang: 'en',
    words: ['Heemskerk'],
    cite: ['Economische Zaken'],
  },
  {
    q: 'wie tekende namens VWS, minister en staatssecretaris?',
    status: 'answered',
    words: ['Klink', 'Bussemaker'],
  },
  // A follow-up's own words through the glossary ("performance agreements": prestatieafspraken) pick the
  // sentence of the clause that says them, not the sentence shown before.
  {
    thread: 'volkstuin1',
    q: 'How much can Utrecht get from the Stimuleringsfonds Volkstuinen?',
    status: 'answered',
    lang: 'en',
    lead: ['250,000'],
  },
  {
    thread: 'volkstuin1',
    q: 'and who makes performance agreements about that?',
    status: 'answered',
    lang: 'en',
    words: ['WWI', 'prestatieafspraken'],
  },
  // "Klopt dat, en wat ...?": a confirmation of the sentence before and a question of its own. "iemand",
  // "speciaal" are no topic; "die persoon" points back.
  {
    q: 'Hoi,\n\nWij wonen aan de Marshallaan. Een buurvrouw zei dat er in Kanaleneiland iemand speciaal komt voor bewonersinitiatieven. Klopt dat, en wat gaat die persoon doen?\n\nGroet,\nEls',
    status: 'answered',
    lang: 'nl',
    leadWords: 'ja',
    words: ['functionaris'],
  },
  // "op... 9 juni 2008": an ellipsis before a figure ends no sentence, so the signing line's date is its own.
  {
    q: 'When were the agreements signed?',
    status: 'answered',
    lang: 'en',
    lead: ['2008'],
    notLead: ['2007'],
  },
  // "the signature block" asks who signed.
  {
    q: 'Which state secretaries for Health appear in the signature block?',
    status: 'answered',
    lang: 'en',
    words: ['Bussemaker'],
  },
  // Asked of the bot itself ("are you a bot?", "praat ik met een mens?"): small talk, never "Yes" with a
  // clause ("bot" stems as the charter's "boot").
  {
    q: 'Hey, am I chatting with a human or a machine here? just wondering',
    status: 'clarify',
    lang: 'en',
    chat: true,
  },
  { q: 'Ben jij een robot?', status: 'clarify', lang: 'nl', chat: true },
  { q: 'are you a real person', status: 'clarify', lang: 'en', chat: true },
  // Why the writer asks, with a word or two between: "moet het wel even weten voor ...".
  {
    q: 'Ondiep inbraken doel 2011? ik moet het wel even weten voor het overleg',
    status: 'answered',
    lang: 'nl',
  },
  // Chat drops a common word's vowels: "vlgs", "nmns", "wnnr".
  {
    q: 'hvl extra wijkagenten stelt het rijk beschikbaar vlgs de afspraken?',
    status: 'answered',
    lang: 'nl',
    lead: ['500'],
  },
  {
    q: 'wnnr wordt de visitatie gehouden?',
    status: 'answered',
    lang: 'nl',
    lead: ['2010'],
  },
  // The corporations' yearly sum, then "en de gemeente zelf?": the municipality's own € 4 miljoen, though
  // the first question named Utrecht as the place and the municipality's clause says "wijkactieplannen".
  {
    thread: 'jja',
    q: 'Wat leggen de corporaties in Utrecht per jaar in voor de wijkenaanpak?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  {
    thread: 'jja',
    q: 'En de gemeente zelf?',
    status: 'answered',
    lang: 'nl',
    lead: ['4 miljoen'],
    notLead: ['21,5'],
  },
  // A verb in the past tense is the charter's verb: "kreeg", "ontving", "droegen bij".
  {
    q: 'Welk bedrag kreeg de gemeente Utrecht in 2008 voor burgerinitiatieven?',
    status: 'answered',
    lang: 'nl',
    lead: ['850.000'],
  },
  {
    q: 'Hoeveel droegen de woningcorporaties jaarlijks bij?',
    status: 'answered',
    lang: 'nl',
    lead: ['21,5'],
  },
  // A claim of the municipality's sum is checked against the sentence that names it ("De gemeente Utrecht
  // krijgt voor 2008 € 850.000"), not the national 20 miljoen before it; "een miljoen" is 1 miljoen, and a
  // "1" elsewhere in the clause ("1 februari") is no sum.
  {
    q: 'Is het waar dat de gemeente in 2008 een miljoen euro voor burgerinitiatieven van WWI ontving?',
    status: 'answered',
    lang: 'nl',
    leadWords: 'nee|niet',
    lead: ['850.000'],
    notLead: ['20 miljoen'],
  },
  {
    q: 'Did Utrecht get 850,000 euros for citizens initiatives in 2008, is that right?',
    status: 'answered',
    lang: 'en',
    leadWords: 'yes',
  },
  // A sum asked per year is not one for a single year ("Voor het jaar 2008 komt er ... extra voor VVE").
  {
    q: 'hoeveel geld geeft OCW elk jaar extra?',
    status: 'not_found',
    lang: 'nl',
    notLead: ['53,5'],
  },
  // "until what date", "tot welke datum": the last date of a period; asked of the charter itself, its own
  // period's clause, whatever year or verb finds elsewhere ("applied" is also "opgegeven").
  {
    q: 'Up to which date were the 2008 agreements with the national government in force?',
    status: 'answered',
    lang: 'en',
    lead: ['2017'],
    notLead: ['2008'],
  },
  { q: 'Tot welke datum golden die afspraken?', status: 'answered', lang: 'nl', lead: ['2017'] },
  // "interim target", "intermediate target year": the charter's "tussenresultaat in 2011".
  {
    q: 'Why is 2011 the interim target year of the charter?',
    status: 'answered',
    lang: 'en',
    cite: ['tussenresultaat in 2011'],
  },
  // "Welke partners ...?" where the clause first names a method: the sentence that says "partners" and names
  // them.
  {
    q: 'Met welke partners uit het veiligheidshuis pakt de gemeente de jeugdgroepen aan?',
    status: 'answered',
    lang: 'nl',
    words: ['Jeugdzorg', 'reclassering'],
  },
  // "... en we zoeken subsidie" in a letter tells the writer's situation; "Ik zoek ..." opening a sentence
  // asks.
  {
    q: 'Goedemiddag,\n\nOns buurthuis in Overvecht is oud en we zoeken nieuwe vrijwilligers. Hoeveel geld heeft elke wijk per jaar voor bewonersinitiatieven?\n\nGroet,\nAnja',
    status: 'answered',
    lang: 'nl',
    lead: ['1 miljoen'],
  },
  {
    q: 'Ik zoek de datum waarop het charter is ondertekend.',
    status: 'answered',
    lang: 'nl',
    lead: ['2008'],
  },
  // "moest ... gehaald worden" asks what was to be reached, with a few words between ("er volgens het
  // charter in 2011"): the target, not a measured value.
  {
    q: 'Welke daling moest Overvecht volgens het charter in 2011 bij inbraken halen?',
    status: 'answered',
    lang: 'nl',
  },
  // Thanks with what for ("for your help yesterday") is thanks; asked of nothing the charter has a word for
  // ("what's their phone number?") is not answered with a figure it shares ("number").
  { q: 'thank you so much for your help yesterday', status: 'clarify', lang: 'en', chat: true },
  { q: 'And their phone number?', status: 'not_found', lang: 'en' },
  // "de corpo's": the housing corporations.
  { q: "wat leggen de corpo's per jaar in?", status: 'answered', lang: 'nl', lead: ['21,5'] },
  // "welke ministers ... ondersteunen" names an office, asks no signing: the charter's text about them.
  {
    q: 'Welke ministers helpen de gemeenten met beleidsmaatregelen uit Veiligheid begint bij Voorkomen?',
    status: 'answered',
    lang: 'nl',
    words: ['BZK', 'Justitie'],
  },
  // "target %", "doel %": a percentage asked, stated up front.
  { q: 'target % duale inburgering 2011?', status: 'answered', lead: ['80'] },
  // "het werkelijke doel", "the actual target": the true target, not a measured value.
  {
    q: 'Wat is het werkelijke doel voor 2011 voor woninginbraken in Zuilen-Oost?',
    status: 'answered',
    lang: 'nl',
    lead: ['21'],
  },
  // "Twee vragen over het charter: ...": a lead-in that only says questions follow names no subject.
  {
    q: 'Goedemiddag,\n\nTwee vragen over de afspraken: welk percentage van de inwoners van Overvecht had in 2006 een uitkering, en wat is het doel voor 2017?\n\nGroet,\nMarco',
    status: 'answered',
    lang: 'nl',
    numbers: ['13,8', '10,5'],
  },
  // Thanks said at length is still thanks: every word is small talk's.
  {
    q: 'Super, heel erg bedankt voor de snelle hulp van gisteren! Fijne dag',
    status: 'clarify',
    lang: 'nl',
    chat: true,
  },
];
