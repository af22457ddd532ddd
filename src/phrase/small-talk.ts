// The bot's own short replies to conversation ("bedankt!", "wat kun je?", "waarom?"), Dutch and English.
import type { Language } from '../engine/types.js';

export const SMALL_TALK = {
  thanks: {
    nl: 'Graag gedaan! Stel gerust nog een vraag over het charter.',
    en: "You're welcome! Feel free to ask another question about the charter.",
  },
  acknowledgement: {
    nl: 'Fijn. Stel gerust nog een vraag over het charter.',
    en: 'Good. Feel free to ask another question about the charter.',
  },
  greeting: {
    nl: 'Hallo! Ik beantwoord vragen over het charter van Utrecht en het rijk voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost, met de tekst waar het antwoord staat.',
    en: 'Hello! I answer questions about the charter between Utrecht and the national government for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost, quoting the text the answer comes from.',
  },
  goodbye: { nl: 'Tot ziens!', en: 'Goodbye!' },
  capabilities: {
    nl: 'Ik beantwoord vragen over het charter van Utrecht en het rijk voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost: de doelen per wijk en onderwerp voor 2011 en 2017, de uitgangswaarden, de stedelijke gemiddelden, het geld, de afspraken, wie wat doet en wanneer, en hoe de doelen ervoor staan volgens de metingen. Bij elk antwoord citeer ik de tekst waar het staat.',
    en: 'I answer questions about the charter between Utrecht and the national government for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost: the targets per wijk and topic for 2011 and 2017, the starting figures, the city-wide averages, the money, the agreements, who does what and when, and how the targets stand against the measurements. Every answer quotes the text it comes from.',
  },
  identity: {
    nl: 'Ik ben een bot, geen mens: ik beantwoord vragen over het charter van Utrecht en het rijk voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost, en citeer bij elk antwoord de tekst waar het staat.',
    en: 'I am a bot, not a person: I answer questions about the charter between Utrecht and the national government for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost, and every answer quotes the text it comes from.',
  },
  why_without_thread: {
    nl: 'Waarom wat? Stel uw vraag met het onderwerp erbij, bijvoorbeeld: waarom komt er een Werkhotel?',
    en: 'Why what? Please ask with the topic, for example: why is there a Werkhotel?',
  },
  no_reason: {
    nl: 'Het charter geeft daarvoor geen reden: het noemt de afspraak of het doel zonder toelichting.',
    en: 'The charter gives no reason for that: it states the agreement or target without explaining it.',
  },
  reason: { nl: 'Als reden of doel noemt het charter:', en: 'As the reason or purpose, the charter says:' },
} as const;

export function smallTalkText(kind: keyof typeof SMALL_TALK, lang: Language): string {
  return SMALL_TALK[kind][lang];
}
