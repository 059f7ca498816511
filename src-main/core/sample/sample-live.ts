import type { CardColor, SelfCheckDimension } from '../../contract';
import type { CoreContext } from '../context';
import { addCard, addCluster } from '../live/cards';
import { rateSelfCheck, setSelfCheck } from '../live/selfcheck';
import { chooseTarget, setVotes, startVote } from '../live/votes';

// The sample club's cards (phases 1, 3, 4 and 9), its topic vote and its self-check.

type Groups = [name: string, color: CardColor, texts: string[]][];

const CARDS: Record<string, Groups> = {
  ankommen: [
    ['Hoffnungen', 'green', ['Wir wollen weniger Zettelwirtschaft', 'Die Jüngeren besser einbinden', 'Klarheit, wer wofür zuständig ist']],
    ['Sorgen', 'pink', ['Angst, dass es nur mehr Arbeit wird', 'Datenschutz: dürfen wir WhatsApp nutzen?']],
  ],
  werte: [['', 'yellow', ['Gemeinschaft', 'Verlässlichkeit', 'Teilhabe für alle Altersgruppen', 'Datensparsamkeit', 'Ehrenamt wertschätzen']]],
  'thema-waehlen': [
    ['Einarbeitung neuer Übungsleiter:innen', 'yellow', ['Neue wissen nicht, wen sie fragen sollen', 'Führungszeugnis dauert ewig']],
    ['Mitgliederverwaltung aus Excel lösen', 'blue', ['Drei verschiedene Excel-Listen', 'Beiträge werden von Hand abgeglichen']],
    ['Hallenbelegung und Terminabsprachen', 'green', ['Doppelbelegung der kleinen Halle']],
    ['Website erneuern', 'orange', ['Website zeigt noch Termine von 2023']],
  ],
  abschluss: [
    ['', 'green', ['Endlich sehen wir, wo es hakt', 'Die Karte mit den Beteiligten war augenöffnend']],
    ['', 'pink', ['Mehr Zeit für den Soll-Prozess', 'Bitte Protokoll schnell schicken']],
  ],
};

/** Dots per topic (3 dots each, 11 people): 9, 7, 5, 2. */
const TOPIC_DOTS = [9, 7, 5, 2];

const SELF_CHECK: [SelfCheckDimension, number, string][] = [
  ['communication', 2, 'Alles läuft über WhatsApp-Gruppen.'],
  ['collaboration', 3, ''],
  ['members', 2, 'Die Einarbeitung hängt an Einzelnen.'],
  ['knowledge', 1, 'Ordner im Vereinsheim, vieles nur im Kopf.'],
  ['privacy', 2, ''],
  ['publicity', 3, 'Website veraltet, Instagram läuft.'],
  ['finances', 3, ''],
  ['tools', 2, 'Mitgliederverwaltung in Excel.'],
];

function addPhaseCards(ctx: CoreContext, phaseId: string, groups: Groups): string[] {
  const clusters: string[] = [];
  for (const [name, color, texts] of groups) {
    const ids = texts.map((text) => addCard(ctx, { phaseId, text, color, author: '', clusterId: null }).id);
    if (name) clusters.push(addCluster(ctx, { phaseId, name, cardIds: ids }).id);
  }
  return clusters;
}

export function addSampleLive(ctx: CoreContext, workshopId: string, phases: readonly { id: string; key: string }[]): void {
  const phaseOf = (key: string): string => phases.find((p) => p.key === key)!.id;
  for (const [key, groups] of Object.entries(CARDS)) {
    const clusters = addPhaseCards(ctx, phaseOf(key), groups);
    if (key !== 'thema-waehlen') continue;
    const phaseId = phaseOf(key);
    startVote(ctx, { phaseId, target: 'clusters', dotsPerPerson: 3, participants: 11 });
    clusters.forEach((id, i) => setVotes(ctx, { phaseId, targetId: id, count: TOPIC_DOTS[i]! }));
    chooseTarget(ctx, { phaseId, targetId: clusters[0]! });
  }
  for (const [dimension, agreed, note] of SELF_CHECK) setSelfCheck(ctx, { workshopId, dimension, agreed, note });
  // Knowledge was rated one by one before the group agreed on 1.
  rateSelfCheck(ctx, { workshopId, dimension: 'knowledge', ratings: [1, 1, 2, 1, 1, 2, 1, 1, 3, 1, 1] });
}
