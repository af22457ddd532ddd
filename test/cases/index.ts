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
];

const partialCases: Case[] = [
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
];

const refusalCases: Case[] = [
  { q: 'What is the Hoograven youth nuisance target?', status: 'not_found', lang: 'en', cite: ['Hoograven'] },
  { q: 'Wat is het doel voor Lombok?', status: 'not_found', lang: 'nl' },
  { q: 'What is the Leidsche Rijn health target for 2017?', status: 'not_found' },
  { q: 'What is the Ondiep target for bicycle theft in 2011?', status: 'not_found' },
  { q: 'What is the Kanaleneiland violence target for 2011?', status: 'not_found' },
  { q: 'What is the weather in Utrecht tomorrow?', status: 'not_found' },
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
];

const threadCases: Case[] = [
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

export const allCases: Case[] = [
  ...targetCases,
  ...listCases,
  ...partialCases,
  ...refusalCases,
  ...generalCases,
  ...threadCases,
];
