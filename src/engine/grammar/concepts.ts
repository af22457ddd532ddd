// The concepts of the question grammar. Each language file lists its phrases for every concept; code
// refers to a concept by name, never to its words.
export const CONCEPTS = [
  // Reading a pasted letter.
  'greeting',
  'signOff',
  /** "ik vroeg me af", "I wonder": a frame that only says a question follows. */
  'wondering',
  'request',
  /** "ik zoek ...", "we are looking for ...": a request only where it opens the sentence ("... en we zoeken subsidie" tells). */
  'searchRequest',
  /** "per jaar", "a year": a sum asked for each year (beside the `yearly` words "jaarlijks", "every year"). */
  'perYear',
  /** "Twee vragen over het charter:", "Quick question:": a lead-in that only says questions follow. */
  'questionsAhead',
  'reportedAsk',
  'eachWijk',
  'sameHolds',
  'attributeAsked',
  'attributeOf',
  'noteTitle',
  'postscript',
  'history',
  'forwarded',
  'headerKey',
  /** Words a full stop does not end a sentence after ("dhr.", "o.a."), written without their dots. */
  'abbreviation',
  // The shape of a question.
  'questionWord',
  /** A question that only asks to confirm what the sentence before it says: "Klopt dat?", "Right?". */
  'confirmation',
  /** Verbs (and phrases) that open a yes/no question: "klopt het", "krijgt", "does", "is it true". */
  'yesNoOpener',
  'and',
  /** Prepositions that open a question but mark no wijk ("om hoeveel", "aan wie", "naar welke"). */
  'questionPreposition',
  /** Opens a purpose ("Om te zien of ...:", "To check our figures:"): a lead-in that names no subject. */
  'purpose',
  /** Asks what something amounts to ("wat houdt dat in?", "what does that mean?"): no subject of its own. */
  'askMeaning',
  /** Asks where: "waar is het charter ondertekend?" is answered by a sentence that names a place. */
  'askWhere',
  /**
   * Verbs that say someone does something, not what: "How does the Veiligheidshuis help?" is about the
   * Veiligheidshuis, not about a clause that says "helpen".
   */
  'vagueVerb',
  /**
   * What opens the subject of a question: "wat zegt het charter over ...", "is there money for ...", "komt
   * er een ...". A word there no clause and no glossary entry knows is a topic the charter lacks.
   */
  'aboutMarker',
  /** Ends that subject: a preposition or conjunction after it ("een tramlijn | naar Overvecht"). */
  'subjectEnd',
  /** Words in a subject that name no topic of their own: "een nieuw zwembad", "the new station". */
  'subjectModifier',
  /** Words beside the actor in a follow-up that names only an actor: "en de gemeente zelf?". */
  'actorFiller',
  /** A date said from another moment: "binnen een maand na ondertekening", "within a month of signing". */
  'relativeTime',
  /** Starting, in a question when something starts ("van start gaan", "begin", "launch"): no subject. */
  'startVerb',
  /** A sentence that states what something is for ("Dit geld is nadrukkelijk bedoeld om ..."). */
  'purposeStated',
  /** How often, said without a number: once a year, twice, four times, twelve times (see ../frequency.ts). */
  'yearly',
  'twiceYearly',
  'quarterly',
  'monthly',
  'weekly',
  /** "# keer per jaar", "# times a year": a number of times a year. */
  'timesAYear',
  'preposition',
  // What a target question asks for (see ../understand.ts).
  /** "alle doelen", "all targets": every target, no topic borrowed from the thread. */
  'everyTarget',
  /** Opens a follow-up: "en", "and", "idem", "same", "what about". */
  'followUpOpener',
  /** Opens a reply in a shared thread that is for the bot: a follow-up or a question ("and for 2017?"). */
  'replyOpener',
  /** Points back at what was just said, always: "daarvoor", "ervan", "it". */
  'anaphora',
  /** Points back when it ends the question or names a referent: "komt dat?", "dat bedrag", "for that". */
  'demonstrative',
  /**
   * Points at a kind just described: "met zulke gezinnen", "such families". Read as pointing back only
   * where the question alone finds no answer ("zulke overlastgevende en criminele gezinnen" names its own).
   */
  'kindPointer',
  /** Opens a clause that describes the noun before it: "starters die nergens terechtkunnen", "those who". */
  'relativeOpener',
  /** Words beside the wijk in a follow-up that names only a wijk: "en in Ondiep?", "and for ZO then?". */
  'wijkFollowUpFiller',
  /** Ends a question that leaves out what it is about: "doet Utrecht mee?", "does Utrecht take part?". */
  'danglingParticle',
  /** Taking part, said of the kind a which-question asks ("welke corporaties zijn betrokken?"): no subject. */
  'takingPart',
  /**
   * The part of a Dutch separable verb that ends a question: "wat zet EZ nog meer op?" asks about
   * "opzetten". English has none.
   */
  'separableParticle',
  /** What a demonstrative points back at: "dat bedrag", "that money", "die vergadering". */
  'referent',
  'citywide',
  /** "hoe verhoudt dat zich tot de stad": compared with ... */
  'comparedWith',
  /** ... the city. */
  'city',
  'lowest',
  'highest',
  'baseline',
  /** "aan het eind van de looptijd", "by the end of the programme": the charter's last milestone year. */
  'endOfTerm',
  /** "einde kabinetsperiode", "halfway": its first milestone year. */
  'midTerm',
  'trajectory',
  /** "Is Ondiep on track?", "hoe staat Zuilen-Oost ervoor?": against the measurements. */
  'progress',
  /** "What was the actual number in 2009?": a measured value, never the target. */
  'actual',
  /**
   * What was to be reached, not what was: "welk cijfer moest in 2017 gehaald worden?", "what had to be
   * achieved by 2011?". Its "gehaald", "achieved" are no measured value; it asks the target.
   */
  'aimedFor',
  /** "werkelijk", "actually": what really happened, which an agreement cannot say outside its targets. */
  'inReality',
  /** "right now", "op dit moment", "anno 2024": today, which a 2008 charter cannot know. */
  'now',
  /**
   * "is nu", "is now": today only in a question about who holds an office ("wie is nu wethouder?");
   * elsewhere it is filler ("wie heeft nu getekend?") or a progress question ("hoe staat het er nu voor?").
   */
  'nowWho',
  /** An office that signs, as the charter names it: the same order in both languages ("minister" = "minister"). */
  'office',
  /** The same offices, more than one holder: "staatssecretarissen", "state secretaries". */
  'officePlural',
  'targetWord',
  /** Who signed for which side: the municipality ... */
  'municipality',
  /** ... and the national government. */
  'nationalGovernment',
  /** "wat vind jij", "do you think ... a good ...": a view, which the charter does not give. */
  'opinion',
  /** Words that name the charter itself: "the 2008 charter", "de afspraken van 2008". */
  'charterName',
  /** Where the answer is to come from, said around a question: "volgens het charter", "according to the charter". */
  'sourceFrame',
  // What a question about the charter's text asks for (see ../question-shape.ts), tried in this order.
  /** Names who receives a sum: "naar de 40 wijken", "reserved for", "bestemd voor". */
  'recipient',
  /** "krijgt", "receive": the one the question names is given money; it gives none. */
  'receiveVerb',
  /** "does", "do", "did": English asks with these before the one who acts ("does the city get"). */
  'auxiliary',
  /** "of those", "daarvan": a part of what was pointed at, which the words do not name. */
  'ofThose',
  /** "voor Utrecht", "to the city": an actor named after these receives; it does not act. */
  'receivingPreposition',
  /** "how many", "het aantal": a number of things is asked, never a sum. */
  'askNumber',
  /** "onze wijk", "our neighbourhood": the place the writer named before, said as theirs. */
  'ownPlace',
  /** "Hiervan ...", "Daarbij ...": a sentence of the charter that goes on about the one before it. */
  'continuesBefore',
  /** "geen", "niet": a sentence that says a thing is not so. */
  'denies',
  /** Sets something aside as already known: "naast bewoners en gemeente", "apart from its programme". */
  'besides',
  /** Asks for more than what was set aside: "wat zet EZ naast ... nog meer op?", "what else". */
  'besidesMore',
  /** The writer tells about themselves: "Ik woon sinds kort in de wijk", "I work at a school". */
  'aboutMyself',
  /** "(wij) wonen in", "we live in": where the writer lives, not where a sister "woont". */
  'ownHome',
  /** "their phone number", "het e-mailadres": contact details, which a policy document never gives. */
  'contactDetail',
  /** "on whose behalf?", "in wiens opdracht?": who commissioned something, not who signed for whom. */
  'commissionedBy',
  /** "na 2017", "after 2017": a time after the year it names. */
  'afterTime',
  /**
   * "wie is de accountmanager", "the name of the director": a person asked by the post they hold, answered
   * only by a sentence that names a person.
   */
  'personPost',
  /** "kunnen jullie deze beantwoorden?", "see below": a colleague passing on a question quoted after it. */
  'answerThis',
  /** "tot 31 december 2020", "until 2020": the date a period ends, set against the period's last date. */
  'untilDate',
  /** "(ik vraag me af) hoe het hier zit", "how things are here": wondering that names nothing to answer. */
  'vagueAsk',
  /** "does the charter say anything about", "staat er iets in over": asks what it says, names nothing. */
  'mentionFrame',
  /** "welke rol", "what role": what someone does is asked, not a kind of thing it names. */
  'roleNoun',
  /** "speelt", "play", "vervult": how a role is had, said with `roleNoun`; no sentence need say it. */
  'roleVerb',
  /** "dr.", "drs.", "mevrouw": a title before a person's initials and name. */
  'personTitle',
  /** The writer says why they ask, without asking: "moet t weten voor de raadsbrief", "need it for a memo". */
  'whyIAsk',
  /** The writer tells what happened, asking nothing: "Vorige week ... waar dit ter sprake kwam", "came up". */
  'toldEvent',
  /** The units a claimed figure is said with ("25 miljoen euro", "30 procent"); `moneyUnit` its sums'. */
  'figureUnit',
  'moneyUnit',
  /** Municipalities as a kind asked for: "which other municipalities signed", "welke andere gemeenten". */
  'cityKind',
  /** Words that make a thing vague, not another thing: "some kind of residents' group", "een soort loket". */
  'hedge',
  /** An actor's own money asked: "hoeveel legt de gemeente zelf in?", "the municipality itself". */
  'actorSelf',
  /** The charter's words for an actor's own money ("eigen middelen"): searched for with `actorSelf`. */
  'ownMeans',
  /** Says which thing is not meant: "(niet die voor de streefwaarden)", "not the one for the targets". */
  'notThatOne',
  /** Names one of the charter's footnotes by its number: "voetnoot 3", "footnote 13". */
  'footnote',
  /** "in hoofdstuk 7", "hfst 7", "chapter 7": where in the charter to look, by the chapter's number. */
  'chapterRef',
  /** The months, by their full names: "1 januari" is a date, not a number and a word. */
  'month',
  /** Asks an age: "vanaf welke leeftijd", "from what age", "how old". Answered by "vanaf 2,5 jaar". */
  'askAge',
  /** Asks for a reason in more words than `why` ("waarom", small talk's bare "why?"): "om welke reden". */
  'askWhy',
  /** Asks in what way: "hoe worden bewoners betrokken", "how are residents involved". The way follows. */
  'askHow',
  /** Asks what something is for: "waarvoor is het geld bedoeld", "what is the money meant for". No figure. */
  'askPurpose',
  /** "called", "genoemd": the verb of a question for a name, no idea of its own. */
  'nameVerb',
  /** Asks what something is called: "hoe heet", "what's the name of". A name is the answer. */
  'askName',
  /** Kinds of things the charter names: "organisatie", "ministerie", "portal". Asked for, a name answers. */
  'namedKind',
  /** Opens a question about someone: "wie", "door wie", "who". */
  'askWho',
  /** "wat gebeurt er als ...", "what happens if ...": an event, never a figure, whatever it mentions. */
  'whatHappens',
  'askYearEnd',
  /** "until what date did the agreements apply?", "hoe lang geldt het?": being in force, no subject of its own. */
  'periodVerb',
  'askYearStart',
  'askDuration',
  'askFrequency',
  'askDate',
  'askPercentage',
  /** "welke", "which": with a noun after it that is no `figureNoun`, the question asks for a thing named. */
  'which',
  /** Nouns that name a figure: "welk cijfer", "which amount" ask for one (so do compounds ending in one). */
  'figureNoun',
  /**
   * A figure moving: "toegenomen", "gedaald", "has fallen". The target sentences say it of every target,
   * so it names no subject: "tot welk percentage moest dat zijn toegenomen?" is about the letter's topic.
   */
  'figureChange',
  /** Asks for a sum of money in so many words: "how much", "hoeveel geld", "welk bedrag". */
  'askAmount',
  /** "hoe groot", "how big": how large a figure is, which says only that one is asked. */
  'askSize',
  /** "offers", "geeft": a verb of giving, whose object receives ("WWI offers Utrecht ..."). */
  'givingVerb',
  /** "van WWI", "from the rijk": the side that gives, after a verb of receiving. */
  'giverPreposition',
  /** "heeft ... gekregen", "has received": the auxiliary whose subject a verb at the end goes with. */
  'perfectAuxiliary',
  /** "er", "daar", "there": a place the question points back at. */
  'placePointer',
  /** Money named as the subject ("the budget for ...", "bijdrage"): a sum is likely wanted, not certain. */
  'money',
  'askCount',
  /** Words after "hoeveel" that count nothing: "hoeveel krijgt Utrecht" asks a sum. */
  'notCounted',
  /** Asks to confirm the claim it frames: "klopt het dat", "is that right". Framing, not the claim. */
  'claimFrame',
  /** "dus het charter is een beschikking?", "so the rijk pays?": a statement put to confirm, no question word. */
  'claimMarker',
  /** Anywhere in a question, with `claimFrame`, asks to confirm a claim: "was het 40", "of niet". */
  'claimCheck',
  /** Who says so, around a claim: "volgens mijn collega", "iemand zei", "I heard": never what is checked. */
  'hearsay',
  /** Says a claimed figure roughly: "zo'n 18%", "about 500", "ongeveer een kwart": near is the same. */
  'approximately',
  /** Only stress between a question's asking words and its verb: "who actually pays", "wie betaalt eigenlijk". */
  'stress',
  /** Asks the name of an office's holder: "the name of the agriculture minister", "naam van de wethouder". */
  'officeHolderName',
  /**
   * Opens a ministry described by what it covers: "het ministerie dat over", "the ministry responsible
   * for". The words after it say which (see ministry-described.ts).
   */
  'ministryDescribed',
  /** The verb that closes such a description: "dat over scholen en cultuur gaat". */
  'describedEnd',
  /**
   * A part of a year, in the same order in both languages ("eerste helft" = "first half"): "in de tweede
   * helft van 2008" claims another time than "in de eerste helft van 2008".
   */
  'yearPart',
  /** Before the base of a rate: "per 1000", "op elke duizend huizen", "out of every 100". */
  'rateBase',
  /** Before a place: "de wijkaanpak in Utrecht" names the city as where, not as who acts. */
  'placePreposition',
  /** After "ik vraag me af", "I wonder": the word that asks whether ("of", "whether", "if"). */
  'whether',
  /** A question word that may open a relative clause after a noun ("een besluit waarmee", "residents who"). */
  'relativePronoun',
  /** The signatories beside the first two: "mede namens", "co-signed", "who else signed". */
  'coSigners',
  /** Every one of a kind asked: "everyone who signed", "alle ondertekenaars". */
  'everyone',
  /** After a target word, what opens its topic: "target for", "doel voor": a target of a topic asked. */
  'targetTopicMarker',
  /** "what method", "wat voor keurmerk": asks which thing of a kind, as "which" does, before a kind's word. */
  'whatKind',
  /** Which wijken a sentence means by what they are: "de wijken met de grootste problemen". */
  'wijkDescribed',
  /** Opens a sentence that says what the one before named: "Het gaat hier om stevige toezichthouders". */
  'definesBefore',
  /** An aim the charter states in a sentence of its own: "streven", "doelstelling", "ambitie", "beoogd". */
  'statedAim',
  /** Joins a second ministry asked: "en (de)", "and (the)", before an office and what opens its name. */
  'ministryJoin',
  /** Opens a ministry's name in a question: "van", "voor", "namens", "of", "on behalf of". */
  'ministryOpener',
  /** All the charter's wijken counted: "vier", "alle", "four" before "(Utrechtse) krachtwijken". */
  'allWijkenCount',
  /** The city named before its wijken: "de vier Utrechtse krachtwijken". */
  'cityAdjective',
  /** The charter's wijken as a plural: "krachtwijken", "neighbourhoods". */
  'wijkPlural',
  /** Asks whether something exists: "is er", "heeft Ondiep een doel". */
  /** "is there a project ...", "is er een ...": a thing the question itself introduces. */
  'thereIs',
  'existence',
  'comparative',
  /** "was Zuilen-Oost above the city average?": above ... */
  'above',
  /** ... or below. */
  'below',
  /** "in elke krachtwijk", "every": a claim about all of them. */
  'every',
  /** "niet", "not": a claim or sentence that denies. */
  'negation',
  /** "alleen OCW", "only OCW": a claim that one party does it and no other. */
  'onlyOne',
  /** "in totaal", "altogether": only a sentence that states a total answers. */
  /** "hoeveel dragen de corporaties samen bij": how a sum is counted, not a subject ("werkt nauw samen"). */
  'together',
  'total',
  /** Who the people of a who-question are: "welke minister", "signatories". */
  'people',
  /** The signing and the offices of the signatories: what makes a who-question about the signature block. */
  'signing',
  /** Words of a who-signed question that say nothing about which signatory is meant. */
  'peopleFiller',
  /** Signing itself: "welke portefeuille had de wethouder die tekende?" is about the signature block. */
  'signVerb',
  /**
   * What the signature block says of a signatory: "de voornaam van wethouder Bosch", "Aboutaleb's function",
   * "welke portefeuille". A question naming a signatory or an office with one of these asks the block.
   */
  'personAttribute',
  /** A signatory's own name ("voornaam", "full name"): the signature line says it, the office line does not. */
  'personName',
  /** Who came after a signatory ("wie volgde Bosch op?", "Vogelaar's successor"): after 2008, not in it. */
  'succession',
  /** "wat doet", "what will": opens a question about what an actor does ... */
  'actorQuestion',
  /** ... the actor ("het rijk", "the municipality") ... */
  'actor',
  /** ... and what about ("aan", "against"). */
  'actorPreposition',
  /** Chat particles that ask nothing and name nothing: "ook alweer", "kort aub", "lol", "pls". */
  'chatFiller',
  // Small talk: a message made only of these is conversation, not a question (see ../small-talk.ts).
  'why',
  'capabilities',
  /** "are you a bot?", "praat ik met een mens?": asked of the bot itself, never of the charter. */
  'botIdentity',
  'thanks',
  'goodbye',
  'hello',
  'acknowledgement',
  /** Everything else a small-talk message may contain. */
  'smallTalkFiller',
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** One language's phrases for every concept (see phrases.ts for the marks a phrase may use). */
export type LanguageGrammar = Record<Concept, readonly string[]>;
