/**
 * Every word list of the vocabulary reaches the engine: emptied, it changes what the engine says about
 * some sentence. The sentences tried are the labelled ones (dev, heldout, real-dev) that hold a word of
 * the list, and the few written below for lists those sentences do not show at work (a few with an
 * imported pack's fact, for lists no bundled fact reaches, or a whole source page). A list no sentence
 * needs is dead knowledge: this test fails, and the list is either used or removed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import type { Fact } from '../../../src/facts/schema';
import { vocabulary, withVocabulary, type Vocabulary } from '../../../src/facts/vocabulary';
import { readFact } from '../../../src/engine/judge';
import { claimWhy } from '../../../src/ui/why';

interface Probe {
  text: string;
  ctx?: string;
  date?: string;
  /** Facts an imported pack adds to the bundled ones (for lists that read a pack's facts). */
  facts?: Fact[];
  /** A whole page, one block a line (for lists a sentence shows at work only among its page's). */
  page?: string[];
}

/** A source article's lines, as the page it is (src/facts/sources). */
const sourcePage = (file: string) => readFileSync(new URL(`../../../src/facts/sources/${file}`, import.meta.url), 'utf8').split('\n');

/** An imported pack's fact that gives Microsoft a standing exclusive role (no bundled fact does since the revision). */
const azureOnly: Fact = {
  id: 'azure-exclusive-stateless-apis',
  statement: "Azure is the exclusive cloud for OpenAI's stateless APIs.",
  topic: 'cloud',
  era: 'any',
  actor: 'microsoft',
  target: 'openai',
  polarity: 'positive',
  values: [],
  keywords: [['stateless'], ['api', 'apis']],
  paraphrases: [],
  evidence: [{ source: bundledPack.sources[0]!.id, quote: 'stateless APIs', stance: 'supports' }],
};

/** An imported pack's fact that calls a partner's spokesperson so only ("spokesperson"). */
const voiceSpokesperson: Fact = {
  id: 'voice-models-spokesperson-2031',
  statement: "A Microsoft spokesperson said Microsoft's licence to OpenAI's voice models runs until 2031.",
  topic: 'ip-licence',
  era: 'any',
  actor: 'microsoft',
  target: 'openai',
  polarity: 'positive',
  values: [{ kind: 'year', value: 2031, relation: 'until' }],
  keywords: [['voice'], ['licen']],
  paraphrases: [],
  evidence: [
    {
      source: bundledPack.sources[0]!.id,
      quote: "A Microsoft spokesperson said Microsoft's licence to OpenAI's voice models runs until 2031.",
      stance: 'supports',
    },
  ],
};

/** An imported pack's fact whose statement says no direction the engine reads: its money is told by `cues.factFamilies`. */
const royalties: Fact = {
  id: 'contoso-royalties',
  statement: 'Contoso royalties are paid under the licence.',
  topic: 'revenue-share',
  era: 'any',
  actor: 'openai',
  target: 'microsoft',
  polarity: 'positive',
  values: [],
  keywords: [['royalty', 'royalties'], ['contoso']],
  paraphrases: [],
  evidence: [{ source: bundledPack.sources[0]!.id, quote: 'Contoso royalties', stance: 'supports' }],
};

const corpus: Probe[] = ['dev-claims.jsonl', 'heldout-claims.jsonl', 'real-dev.jsonl'].flatMap((f) =>
  readFileSync(new URL(`../../fixtures/eval/${f}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Probe),
);

/** Sentences for lists the labelled sentences do not show at work (each uses a word of its list). */
const WRITTEN: Record<string, (string | Probe)[]> = {
  'parties.0.capitalised': ['OpenAI will pay Microsofts cloud 20% of revenue until 2030.'],
  'parties.1.capitalised': ['Microsoft will receive 20% of OpenAIs revenue until 2030.'],
  'parties.2.capitalised': ['Amazons investment in OpenAI is $50 billion.'],
  otherCompanies: ['OpenAI signed a deal with Oracle worth 300 billion dollars.'],
  // The verb "share" in its forms (details.ts sharesAsVerb): "shares" here is paid, no stock.
  wordForms: ['What OpenAI shared with Microsoft has slid.'],
  // A partner's own things (belongings.ts): only a thing one party alone has is one's, a determiner makes a name an owner, an adverb ends a thing.
  'cues.belongings.own': [
    "Denise Dresser, Microsoft's chief revenue officer, wrote that the OpenAI partnership limited Microsoft's ability to serve customers.",
  ],
  'cues.belongings.determiners': [
    'A OpenAI spokesperson said the company was confident Microsoft understands the importance of fulfilling its legal obligations.',
  ],
  // (A fact whose words say only "spokesperson": a sentence's "spokesman" is that thing.)
  'cues.belongings.spellings': [
    { text: "An OpenAI spokesman said Microsoft's licence to OpenAI's voice models runs until 2031.", facts: [voiceSpokesperson] },
  ],
  'cues.belongings.ends': [
    'A OpenAI spokesperson pointedly said the company was confident Microsoft understands the importance of fulfilling its legal obligations.',
  ],
  'axes.2.against.cues': ['Revenue share payments from OpenAI to Microsoft are uncapped.'],
  'axes.5.against.cues': ['The revenue share rate OpenAI pays Microsoft will be reduced.'],
  // (A stock's move with no figure: only its words say which way it went.)
  'axes.3.against.cues': ['Microsoft shares were lower at the open on Monday after the OpenAI announcement.'],
  'descriptions.2.patterns': ['OpenAI and Amazon signed a deal. The e-commerce giant will invest $50 billion in OpenAI.'],
  'cues.rivalRoles.amazon': ["Oracle is the exclusive distributor of OpenAI's Frontier platform."],
  'cues.rivalRoles.deals': ["Microsoft weighed legal action over OpenAI's deal with Oracle."],
  'cues.rivalRoles.setAside': ["Microsoft weighed legal action over a deal unlike OpenAI's Oracle tie-up."],
  'cues.ownDeal.openers': ['But the revised agreement keeps IP rights through 2032.'],
  'eras.original.strong': ['Microsoft, which once had exclusive rights, will now share them.'],
  'cues.reversals.verbs': ['Microsoft sold its stake in OpenAI.'],
  'cues.reversals.holdings': ['Microsoft sold its stake in OpenAI.'],
  'cues.reversals.firstLook': ['Microsoft sold its stake in OpenAI.'],
  'cues.notDenials.words': ['Microsoft not just holds a 27% stake in OpenAI but also keeps its licence.'],
  'cues.directions.receive': ["Microsoft receives 20% of OpenAI's revenue until 2030."],
  'cues.directions.holds': ['Microsoft keeps a 20% revenue share in OpenAI.'],
  'cues.directions.heldShares': ['Microsoft keeps a 20% revenue share in OpenAI.'],
  'cues.bansOfAlternatives.names': [{ text: 'OpenAI cannot sell its models through clouds other than Azure.', date: '2024-05-01' }],
  'cues.bansOfAlternatives.means': [{ text: 'OpenAI cannot sell its models through clouds other than Azure.', date: '2024-05-01' }],
  'cues.holdings.verbs': ['OpenAI owns 27% of Microsoft.'],
  'cues.holdings.stakes': ['OpenAI owns 27% of Microsoft.'],
  'cues.holdings.otherBodies': ['The OpenAI Foundation holds a minority stake in OpenAI.'],
  'cues.asides.openers': ['Microsoft, which wrote a $2bn cheque to OpenAI in 2019, now holds 27% of the company.'],
  // A value the transaction set, in a clause dated only by the investment it met (details.ts eventValue).
  'cues.values.events': ['Microsoft’s $10bn investment bought nearly a third of OpenAI in a transaction that valued it at about $49bn.'],
  'cues.values.today': ['Microsoft’s $10bn investment bought nearly a third of OpenAI, a deal that now values the company at $850bn.'],
  'cues.orderExceptions.conditions': [
    'New OpenAI products will still debut on Azure first, unless OpenAI decides that another cloud would serve them better.',
  ],
  'cues.asides.atTheTime': ['Microsoft invested $10 billion in OpenAI in 2023, which was valued at $49bn at the time.'],
  'cues.nonAssertions.possibility': ['Microsoft may sell its OpenAI stake next year.'],
  'cues.nonAssertions.futureTimes': ['Microsoft may sell its OpenAI stake next year.'],
  'cues.clauseCuts.afterComma': ['OpenAI raised $40 billion from SoftBank, yet Microsoft remains its biggest investor.'],
  'cues.completions.words': ['OpenAI has completed its conversion into a for-profit company.'],
  'cues.directions.withCounterpart': ['Microsoft shares a portion of its Azure OpenAI revenue with OpenAI.'],
  'cues.relativeDates.words': ['Microsoft invested $2 billion in OpenAI later.'],
  'cues.moveTimes.words': ['Microsoft shares fell 3% in January after OpenAI news.'],
  'numbers.beforeDollars': ['Amazon will invest 40 billion dollars in OpenAI.'],
  'numbers.ofDollars': ['Amazon made a billion-dollar investment in OpenAI in February 2026.'],
  'fractions.counts': ['Microsoft owns about a quarter in OpenAI now.'],
  'fractions.words': ['Microsoft owns about a quarter in OpenAI now.'],
  'fractions.list.0.patterns': ['Microsoft owns a third of OpenAI.'],
  'fractions.list.1.patterns': ['Microsoft owns two-thirds of OpenAI.'],
  'fractions.list.2.patterns': ["Microsoft's January 2023 investment bought a quarter of OpenAI."],
  'fractions.list.3.patterns': ['Microsoft owns three-quarters of OpenAI.'],
  'fractions.list.4.patterns': ['Microsoft owns a fifth of OpenAI.'],
  'fractions.list.5.patterns': ['OpenAI pays Microsoft a tenth of its revenue until 2030.'],
  'fractions.list.6.patterns': ['OpenAI pays Microsoft half its revenue until 2030.'],
  'fractions.list.7.patterns': ['Microsoft holds a majority stake in OpenAI.'],
  'months.list.5': ['Microsoft invested $1 billion in OpenAI in June 2019.'],
  'months.list.7': ['Microsoft invested $1 billion in OpenAI in August 2019.'],
  'cues.moves.before': ['Microsoft shares were up about 2% after the OpenAI deal.'],
  'cues.disposals.verbs': ['Microsoft divested its equity in OpenAI.'],
  'cues.disposals.holdings': ['Microsoft divested its equity in OpenAI.'],
  'cues.disposals.giving': ['Microsoft has given up its equity stake in OpenAI.'],
  'cues.clauseCuts.subjects': [
    'Microsoft will stop paying OpenAI, and they will share 50% of revenue until 2030.',
    'Microsoft will stop paying OpenAI a revenue share, and the payments from OpenAI to Microsoft end in 2040.',
  ],
  'cues.clauseCuts.then': [
    'Microsoft stopped paying OpenAI a revenue share, and later OpenAI will pay Microsoft 50% of its revenue until 2040.',
    'Microsoft invested $1 billion in OpenAI in 2019, and later put $10 billion into it in 2023.',
    'Microsoft stopped paying OpenAI a revenue share, and then paid OpenAI 50% of its revenue.',
  ],
  'cues.clauseCuts.fronted': [
    "Under the October 2025 terms, API products OpenAI built with third parties stayed on Azure, and on OpenAI's latest funding valuation, Microsoft's roughly $13bn outlay is now worth close to $230bn.",
  ],
  'cues.clauseCuts.finite': ["Microsoft served as OpenAI's exclusive cloud provider, and the new agreement was announced on Monday."],
  'cues.clauseCuts.notInSubject': ['OpenAI pays Microsoft 20% of its revenue, and keeps what is left until 2040.'],
  'cues.clauseCuts.linking': [
    "Microsoft served as OpenAI's exclusive cloud provider, and separately, OpenAI will keep paying Microsoft a revenue share until 2030.",
  ],
  'cues.clauseCuts.adverbs': [
    // (A wrong share in the cut clause: the conflict names that clause.)
    "Mustafa Suleyman, who runs Microsoft AI, said the team aims to reach the cutting edge by 2027 with models for text, images and audio, plus Microsoft now keeps 50 per cent of the revenue generated when Azure customers use OpenAI's models.",
  ],
  'cues.clauseCuts.joining': [
    "Microsoft served as OpenAI's exclusive cloud provider, as Microsoft will no longer pay OpenAI a revenue share.",
  ],
  'cues.clauseCuts.relative': ['Microsoft invested $13 billion in OpenAI, which pays it 50% of its revenue.'],
  'cues.clauseCuts.companies': ['Microsoft shares rose 2% and Google fell 1% after the OpenAI deal.'],
  'cues.clauseCuts.verbs': ['OpenAI will pay Microsoft 20% of its revenue until 2030 and Microsoft holds 50% of OpenAI.'],
  'cues.hedges.over': ['Microsoft owns more than 20% of OpenAI.'],
  'cues.hedges.atLeast': ['Microsoft owns at least 20% of OpenAI.'],
  'cues.hedges.upTo': ['Amazon will invest up to $60 billion in OpenAI.'],
  'cues.uncertainty.words': ['It is not clear whether Microsoft will keep its stake in OpenAI.'],
  'cues.uncertainty.firstLook': ['It is not clear whether Microsoft will keep its stake in OpenAI.'],
  'cues.bansOfAlternatives.lifted': ['OpenAI is no longer barred from selling its models through clouds other than Azure.'],
  'referringSubjects.one.openers': [
    { ctx: 'Microsoft invested $13 billion in OpenAI.', text: 'However, the company holds 50% of OpenAI.' },
  ],
  'referringSubjects.both.openers': [
    { ctx: 'Microsoft and OpenAI revised their deal.', text: 'Meanwhile they keep the revenue share until 2040.' },
  ],
  'cues.otherSubjects.nouns': [
    { ctx: 'Microsoft holds 27% of OpenAI. The chipmaker reported record sales.', text: 'It holds 50% of the startup.' },
  ],
  'cues.otherSubjects.openers': [
    { ctx: 'Microsoft holds 27% of OpenAI. But the chipmaker reported record sales.', text: 'It holds 50% of the startup.' },
  ],
  'axes.2.for.cues': ["OpenAI's payments to Microsoft come without any ceiling."],
  'eras.revised.decisive': ["Azure is now OpenAI's main cloud and was its exclusive one."],
  'cues.partyContrasts.words': ['It is Microsoft, not OpenAI, that must keep paying a revenue share until 2030.'],
  'cues.yearRelations.sinceSubjects': ['Microsoft has invested $13 billion in OpenAI since it first backed the startup in 2021.'],
  'cues.yearRelations.byGoal': [{ text: "Suleyman's 2027 target covers text, image and audio models.", date: '2026-04-28' }],
  'cues.eraReports.reportVerbs': ['Microsoft said it would pay OpenAI a share of its revenue.'],
  'cues.eraReports.revisedNow': ['Microsoft said it would no longer pay OpenAI a share of its revenue.'],
  'cues.eraReports.today': ['In 2019 Microsoft announced that it no longer pays OpenAI a revenue share.'],
  'cues.eraReports.runsUntil': ['Microsoft was entitled to 75% of the revenue OpenAI pays, until 2030.'],
  'cues.eraReports.present': ['Microsoft holds a 49% stake in OpenAI after investing $20 billion in 2019.'],
  'cues.eraReports.increments': ['Microsoft invested a further $2 billion in OpenAI.'],
  'cues.eraReports.incrementHedges': ['Microsoft invested another roughly $2 billion in OpenAI.'],
  'cues.firstPlaces.azure': ['New OpenAI products will show up on Google Cloud before they come to Azure.'],
  'cues.firstPlaces.googleCloud': ['New OpenAI models launch on Google Cloud first, before Azure.'],
  'cues.firstPlaces.others': ["Microsoft said OpenAI's new products will launch first on Oracle."],
  'cues.payments.parts': ['Microsoft is sharing part of its Azure OpenAI revenue with OpenAI.'],
  'cues.payments.denied': ['Microsoft will not have to pay OpenAI a share of its revenue anymore.'],
  'cues.payments.nothingPaid': ['Microsoft will keep paying nothing to OpenAI.'],
  'cues.payments.claims': ["OpenAI's entitlement to a percentage of Microsoft's revenue runs until 2030."],
  'cues.payments.qualifiers': ["Microsoft's revenue share of OpenAI's sales runs until 2030."],
  'cues.payments.shares': ["OpenAI's entitlement to a percentage of Microsoft's revenue runs until 2030."],
  'cues.otherNames.words': ['It was not Musk alone who sued OpenAI over its nonprofit mission; investors joined.'],
  'cues.nonAssertions.speakers': ['Some analysts believe Microsoft will sell its OpenAI stake by 2030.'],
  'cues.nonAssertions.verbs': ['Some analysts believe Microsoft will sell its OpenAI stake by 2030.'],
  'cues.nonAssertions.firstPerson': ['I think Microsoft still has exclusive rights to OpenAI’s models.'],
  'cues.nonAssertions.topicHeads': ['Microsoft and OpenAI’s new deal, explained'],
  'cues.eventDates.monthLeads': ['Microsoft and OpenAI unveiled the revised agreement at the end of March.'],
  'cues.exceptions.any': ['OpenAI can now serve customers through any cloud provider except Google Cloud.'],
  'cues.exceptions.except': ['OpenAI can now serve customers through any cloud provider except Google Cloud.'],
  'cues.partyContrasts.clefts': ['It was AWS rather than Azure that stayed the primary cloud partner of OpenAI.'],
  'cues.partyContrasts.cleftRelatives': ['It was AWS rather than Azure that stayed the primary cloud partner of OpenAI.'],
  'cues.shareMoves.subjects': ['Microsoft stock slid 4% when trading opened on Wednesday.'],
  'cues.shareMoves.open': ['Microsoft stock slid 4% when trading opened on Wednesday.'],
  'cues.shareMoves.preMarket': ['MSFT shares lost 3% in pre-market trading on Tuesday after the OpenAI deal.'],
  'cues.frontedPhrases.leads': ['On OpenAI’s latest funding valuation, Microsoft’s roughly $13bn outlay is now worth close to $230bn.'],
  'cues.bansOfAlternatives.blocking': ['Microsoft cannot block OpenAI from selling its models through clouds other than Azure anymore.'],
  'cues.occasions.words': ['Microsoft shares jumped 5% on Wednesday after the deal.'],
  'cues.eventDates.otherEvents': [
    'Microsoft invested $10 billion in OpenAI in January 2023, when ChatGPT had become a sensation in late 2022.',
  ],
  'cues.eventDates.milestones': ['OpenAI struck its new Microsoft deal following the Musk trial.'],
  'cues.makers.things': ['As part of the Amazon pact, OpenAI will train bespoke models on Nvidia’s chips.'],
  'cues.nonAssertions.frames': ['The Microsoft–OpenAI reset shows how quickly AI alliances can sour.'],
  'cues.nonAssertions.questions': ['Investors will want to hear how Microsoft replaces the OpenAI revenue it gives up.'],
  'cues.directions.investors': ['OpenAI is now the largest investor in Microsoft.'],
  'cues.valueMoves.holdings': ['Microsoft’s stake in OpenAI has shrunk in value.'],
  'cues.valueMoves.values': ['Microsoft’s stake in OpenAI has shrunk in value.'],
  'cues.valueMoves.falls': ['Microsoft’s stake in OpenAI has shrunk in value.'],
  'cues.valueMoves.rises': ['Microsoft’s stake in OpenAI has shrunk in value.'],
  'cues.lumpSums.atOnce': ['Amazon is paying the entire $50bn up front for its OpenAI investment.'],
  'cues.nonAssertions.conditionals': [
    'If OpenAI sells through AWS, Microsoft might lose Azure customers.',
    'If OpenAI pays Microsoft less, Microsoft might lose revenue.',
  ],
  'cues.nonAssertions.permissions': ['If it wants, OpenAI may now sell its models on any cloud.'],
  'cues.nonAssertions.topicLabels': ['Analysis: Microsoft and OpenAI rewrite their partnership'],
  'cues.eventDates.starts': ['Microsoft, which first backed OpenAI in 2021, will no longer pay the startup a share of its revenue.'],
  'cues.eventDates.increments': ['Microsoft, which backed OpenAI again in 2021, now holds about 27% of OpenAI.'],
  'cues.eventDates.relatives': ['The partnership, which began in 2021, lets OpenAI keep paying Microsoft a revenue share until 2030.'],
  'cues.announcements.joint': ['Microsoft and OpenAI separately announced that their cooperation has entered a new phase.'],
  'cues.announcements.separate': ['Microsoft and OpenAI separately announced that their cooperation has entered a new phase.'],
  'cues.announcements.announcing': ['Microsoft and OpenAI separately announced that their cooperation has entered a new phase.'],
  'cues.weekdays.words': ['Microsoft and OpenAI announced on Thursday that their cooperation had entered a new phase.'],
  'cues.roles.ceo': ['Microsoft CFO Mustafa Suleyman said the team’s goal is to reach the cutting edge by 2027.'],
  'cues.roles.cfo': ['Microsoft CFO Mustafa Suleyman said the team’s goal is to reach the cutting edge by 2027.'],
  'cues.roles.cto': ['OpenAI’s chief technology officer Denise Dresser wrote that the Microsoft partnership limited OpenAI.'],
  'cues.roles.cro': ['OpenAI’s chief technology officer Denise Dresser wrote that the Microsoft partnership limited OpenAI.'],
  'cues.roles.coo': [
    'Denise Dresser, OpenAI’s chief operating officer, wrote that the Microsoft partnership limited OpenAI’s ability to serve customers.',
  ],
  'cues.roles.cmo': ['OpenAI’s chief marketing officer Denise Dresser wrote that the Microsoft partnership limited OpenAI.'],
  'cues.roles.cso': ['OpenAI’s chief scientist Denise Dresser wrote that the Microsoft partnership limited OpenAI.'],
  'cues.roles.former': [
    'OpenAI’s former CTO Denise Dresser wrote that the Microsoft partnership limited OpenAI’s ability to serve customers.',
  ],
  'cues.orderExceptions.words': ['OpenAI can now sell its products through AWS first if Microsoft cannot support them.'],
  'cues.flows.things': ['Revenue-share payments now flow only from Microsoft to OpenAI.'],
  'cues.flows.money': ['The money now flows only from OpenAI to Microsoft.'],
  'cues.flows.verbs': ['The money now flows only from OpenAI to Microsoft.'],
  'cues.flows.oneWay': ['Revenue-share payments now run in one direction only, from OpenAI to Microsoft.'],
  'cues.eventDates.order': ['The board briefly ousted Altman before Microsoft invested $10 billion in OpenAI.'],
  'cues.eventDates.later': ['Amazon’s $50 billion investment in OpenAI came after the April revision of the Microsoft deal.'],
  // The revision named without its month: "the April revision" meets the dated fact of the revision itself.
  'cues.eventDates.revision': [
    'Amazon’s $50 billion investment in OpenAI came after the April revision of the Microsoft deal.',
    'Amazon’s $50 billion investment in OpenAI came after the revision of the Microsoft deal.',
  ],
  'cues.deadlines.after': ['OpenAI will no longer pay Microsoft a revenue share after 2030.'],
  'cues.deadlines.stops': ['OpenAI will stop paying Microsoft a revenue share in 2030.'],
  'cues.exclusiveQualifiers.words': ['Microsoft is no longer OpenAI’s only investor.'],
  'cues.nonAssertions.modals': ['"OpenAI will eventually stop paying Microsoft," said one investor.'],
  'cues.quotedSpeech.verbs': ['“We will continue to pay Microsoft a revenue share until 2030,” OpenAI said.'],
  'cues.quotedSpeech.selves': ['“We will continue to pay Microsoft a revenue share until 2030,” OpenAI said.'],
  'cues.quotedSpeech.possessives': ['“Microsoft’s share of our revenue has ended,” OpenAI said.'],
  'cues.timeBounds.asOf': ['Microsoft holds about 27% of OpenAI as of January 2026.'],
  'cues.timeBounds.atLeast': ['Microsoft’s IP rights to OpenAI’s models run at least until 2030.'],
  'cues.timeBounds.before': ['Microsoft’s licence to OpenAI’s models expires before 2032.'],
  'cues.timeBounds.openStarts': ['Microsoft has backed OpenAI since 2021.'],
  'abbreviations.beforeNumbers': ['Microsoft is the No. 1 investor in OpenAI.'],
  'abbreviations.weak': ['Microsoft Corp. Chief Executive Satya Nadella said Microsoft invested $13 billion in OpenAI.'],
  'abbreviations.openers': ['OpenAI is backed by Microsoft Corp. The startup pays Microsoft 20% of its revenue until 2030.'],
  'cues.reversals.partial': ['Microsoft sold part of its stake in OpenAI.'],
  'cues.clauseEnds.joining': ['OpenAI did not sign with Google and pays Microsoft 20% of its revenue until 2030.'],
  'cues.clauseEnds.relatives': ['OpenAI did not say which revenue share it pays Microsoft until 2030.'],
  'cues.clauseEnds.questions': ['Microsoft did not disclose how much of OpenAI it owns, about 27%.'],
  'cues.clauseEnds.prepositions': ['OpenAI faces no cap on its revenue share payments to Microsoft until 2030.'],
  'cues.clauseEnds.afterComma': ['Microsoft keeps its IP rights until 2032, so OpenAI will not pay it a revenue share after 2030.'],
  'cues.clauseEnds.appositives': ['OpenAI keeps paying Microsoft 20% of its revenue, a share that was not changed by the new deal.'],
  'cues.firstPlaces.first': ["OpenAI's new models will be available first on AWS."],
  'cues.firstPlaces.afterPlace': ["OpenAI's new models will launch on AWS first."],
  'cues.firstPlaces.arrivals': ['New OpenAI models debut on AWS weeks before other clouds.'],
  'cues.firstPlaces.before': ['New OpenAI models launch on Google Cloud, well before they reach Azure.'],
  'eras.original.decisive': ["Azure was previously OpenAI's exclusive cloud and is now one of many."],
  'cues.rivalRoles.microsoft': [{ text: "Oracle is the exclusive cloud for OpenAI's stateless APIs.", facts: [azureOnly] }],
  'cues.factChanges.words': ["The value of Microsoft's stake in OpenAI has surged 20%."],
  // "… (valued at approximately $29 billion at the time of the transaction)": a value, not a sum invested.
  'cues.values.before': [{ text: '', page: sourcePage('003_728ad766898714c8.txt') }],
  'fractions.list.8.patterns': ["Under the original deal Microsoft received a minority share of OpenAI's profits."],
};

/**
 * Lists that shape how a fact is read, shown at work on the facts' readings (judge.ts `readFact`): the bundled
 * facts and, where none shows the list at work, one written here. The axes' topic words make a fact about their
 * axis (`topical`: a disagreement there decides), also where its statement does not read the axis; a fact's words
 * of a payment or an investment give its money a direction when its statement states none (`cues.factFamilies`).
 */
const topicFact = (id: string, statement: string, keywords: string[][]): Fact => ({
  ...royalties,
  id,
  statement,
  actor: 'microsoft',
  target: 'openai',
  topic: 'cloud',
  keywords,
});
const FACT_PROBES: Record<string, Fact[]> = {
  'cues.factFamilies.pay': [royalties],
  // (Microsoft as OpenAI's largest investor is read by its investor noun now: an imported pack's fact that names none.)
  'cues.factFamilies.invest': [
    { ...royalties, id: 'contoso-investment', statement: 'The Contoso investment closed in 2024.', topic: 'investment' },
  ],
  'axes.1.topicStems': [topicFact('stateless-apis-on-azure', "Azure hosts OpenAI's stateless APIs.", [['stateless'], ['exclusive']])],
  'axes.5.topicWords': [topicFact('share-rate', "OpenAI's revenue share rate is 20%.", [['rate'], ['unchanged', 'same']])],
};
const shapesFacts = (path: Path) =>
  (path[0] === 'axes' && (path[2] === 'topicStems' || path[2] === 'topicWords')) || path.slice(0, 2).join('.') === 'cues.factFamilies';

/** How each fact is read with `v`: the direction of its money and its topical axes. */
const readingsOf = (v: Vocabulary, facts: readonly Fact[]) =>
  facts.map((f) =>
    withVocabulary(v, () => {
      const r = readFact(f);
      return JSON.stringify([r.direction, [...r.topical].sort()]);
    }),
  );

type Path = (string | number)[];

/** Every list of words in the vocabulary, by its path (the word forms count as one list). */
function lists(node: unknown, path: Path = []): Path[] {
  if (Array.isArray(node)) {
    if (node.every((x) => typeof x === 'string')) return node.length ? [path] : [];
    return node.flatMap((x, i) => lists(x, [...path, i]));
  }
  if (node && typeof node === 'object') {
    if (path.length === 1 && path[0] === 'wordForms') return [path];
    return Object.entries(node).flatMap(([k, x]) => lists(x, [...path, k]));
  }
  return [];
}

const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root);

function emptied(path: Path): Vocabulary {
  const copy = structuredClone(vocabulary) as unknown as Record<string, unknown>;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  parent[last] = Array.isArray(parent[last]) ? [] : {};
  return copy as unknown as Vocabulary;
}

/** The labelled sentences holding a word of the list (as a whole word, case aside), and the written ones. */
function probesFor(path: Path): Probe[] {
  const list = at(vocabulary, path);
  const words = Array.isArray(list) ? (list as string[]) : Object.keys(list as object);
  const re = new RegExp(`\\b(?:${words.map((w) => (/^[\p{L}\p{N} '-]+$/u.test(w) ? w : `(?:${w})`)).join('|')})`, 'iu');
  const found = corpus.filter((p) => re.test(p.text) || (p.ctx !== undefined && re.test(p.ctx))).slice(0, 60);
  return [...found, ...(WRITTEN[path.join('.')] ?? []).map((p) => (typeof p === 'string' ? { text: p } : p))];
}

function outcome(v: Vocabulary, probes: Probe[]): string[] {
  const bundled = createClaimEngine(bundledPack, { vocabulary: v });
  return probes.map((p) =>
    JSON.stringify(
      (p.facts ? createClaimEngine({ ...bundledPack, facts: [...bundledPack.facts, ...p.facts] }, { vocabulary: v }) : bundled)
        .scan(p.page ?? [...(p.ctx ? [p.ctx] : []), p.text], p.date ? { pageDate: p.date } : {})
        .map((c) => [c.text, c.verdict, claimWhy(c)]),
    ),
  );
}

describe('every word list of the vocabulary is used', () => {
  for (const path of lists(vocabulary).filter((p) => shapesFacts(p))) {
    it(`${path.join('.')} (how facts are read)`, () => {
      const facts = [...bundledPack.facts, ...(FACT_PROBES[path.join('.')] ?? [])];
      expect(readingsOf(emptied(path), facts), "emptying this list changes no fact's reading").not.toEqual(readingsOf(vocabulary, facts));
    });
  }

  for (const path of lists(vocabulary).filter((p) => !shapesFacts(p))) {
    it(path.join('.'), () => {
      const probes = probesFor(path);
      expect(probes.length, 'no sentence uses a word of this list').toBeGreaterThan(0);
      expect(outcome(emptied(path), probes), 'emptying this list changes nothing the engine says').not.toEqual(outcome(vocabulary, probes));
    });
  }
});
