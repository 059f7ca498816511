import { useTranslation } from 'react-i18next';
import type { AppEvent, Phase } from '../../../src-main/contract';
import { CARD_FILLS } from '../../../src-main/shared/live-labels';
import { useQuery } from '../../api/useQuery';
import { formatDate } from '../../i18n/format';
import { VoteResults } from '../cards/VoteResults';
import { dotsGiven, voteTargets } from '../cards/vote-results';
import { RadarChart } from '../selfcheck/RadarChart';
import { useSelfCheckChart } from '../selfcheck/useSelfCheck';

// What the room sees of a phase's results: read-only, large, nothing to click.

function PresentCards({ phaseId }: { phaseId: string }) {
  const { t } = useTranslation();
  const { data: board } = useQuery('cards.board', { phaseId }, { refetchOn: (e) => e.name === 'cards.changed' && e.payload.phaseId === phaseId });
  if (!board) return null;
  const rows = voteTargets(board);
  if (board.vote && dotsGiven(rows) > 0) return <VoteResults rows={rows} large />;
  const groups = [
    ...board.clusters.map((c) => ({ id: c.id, name: c.name, cards: board.cards.filter((card) => card.clusterId === c.id) })),
    { id: '', name: board.clusters.length > 0 ? t('cards.unclustered') : '', cards: board.cards.filter((card) => card.clusterId === null) },
  ].filter((g) => g.cards.length > 0 || g.id !== '');
  if (board.cards.length === 0) return <p className="present-empty">{t('present.noCards')}</p>;
  return (
    <div className="present-clusters">
      {groups.map((g) => (
        <section key={g.id || 'none'} className="present-cluster" aria-label={g.name || t('present.cards')}>
          {g.name && <h2>{g.name}</h2>}
          <ul className="present-cards">
            {g.cards.map((card) => (
              <li key={card.id} className="present-card" style={{ background: CARD_FILLS[card.color] }}>
                {card.text}
                {card.author && <span className="present-author">{card.author}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function PresentSelfCheck({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery('selfcheck.get', { workshopId }, { refetchOn: (e) => e.name === 'selfcheck.changed' && e.payload.workshopId === workshopId });
  const chart = useSelfCheckChart(data);
  if (!data) return null;
  return <RadarChart className="radar radar-large" title={t('selfcheck.chartTitle')} labels={chart.labels} series={chart.series} description={chart.description} fontSize={20} />;
}

const pictureEvents = (workshopId: string) => (e: AppEvent) =>
  (e.name === 'stakeholders.changed' || e.name === 'process.changed') && e.payload.workshopId === workshopId;

function PresentPicture({ workshopId, kind }: { workshopId: string; kind: 'stakeholders' | 'ist' | 'soll' }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const { data } = useQuery('live.picture', { workshopId, kind, language }, { refetchOn: pictureEvents(workshopId) });
  if (!data) return null;
  return <img className="present-picture" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(data.svg)}`} alt={t(`present.pictures.${kind}`)} />;
}

function PresentActions({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery('measures.list', { workshopId }, { refetchOn: (e) => e.name === 'measures.changed' && e.payload.workshopId === workshopId });
  if (!data) return null;
  if (data.measures.length === 0) return <p className="present-empty">{t('present.noMeasures')}</p>;
  return (
    <table className="present-table">
      <thead>
        <tr>
          <th scope="col">{t('present.measure')}</th>
          <th scope="col">{t('present.owner')}</th>
          <th scope="col">{t('present.due')}</th>
          <th scope="col">{t('present.status')}</th>
        </tr>
      </thead>
      <tbody>
        {data.measures.map((m) => (
          <tr key={m.id}>
            <td>{m.title}</td>
            <td>{m.owner || t('present.none')}</td>
            <td>{m.dueDate ? formatDate(m.dueDate) : t('present.none')}</td>
            <td>{t(`actions.statuses.${m.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PresentContent({ workshopId, phase }: { workshopId: string; phase: Phase }) {
  switch (phase.kind) {
    case 'cards':
    case 'voting':
      return <PresentCards phaseId={phase.id} />;
    case 'selfcheck':
      return <PresentSelfCheck workshopId={workshopId} />;
    case 'stakeholders':
      return <PresentPicture workshopId={workshopId} kind="stakeholders" />;
    case 'process_current':
      return <PresentPicture workshopId={workshopId} kind="ist" />;
    case 'process_target':
      return <PresentPicture workshopId={workshopId} kind="soll" />;
    case 'actions':
      return <PresentActions workshopId={workshopId} />;
    case 'discussion':
      return null;
  }
}
