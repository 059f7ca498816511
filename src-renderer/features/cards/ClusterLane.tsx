import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Card, type Cluster, LIMITS } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import type { CardActions } from './card-actions';
import { CARD_DRAG_TYPE, CardItem } from './CardItem';

interface ClusterLaneProps {
  /** null: the cards in no group yet. */
  cluster: Cluster | null;
  cards: Card[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  actions: CardActions;
  fail: (error: unknown) => void;
}

function ClusterName({ cluster, actions, fail }: { cluster: Cluster; actions: CardActions; fail: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(cluster.name);
  if (editing) {
    return (
      <form
        className="cluster-rename"
        onSubmit={(e) => {
          e.preventDefault();
          setEditing(false);
          if (name.trim() && name.trim() !== cluster.name) actions.renameCluster(cluster.id, name).catch(fail);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            setEditing(false);
          }
        }}
      >
        <label>
          <span className="visually-hidden">{t('cards.clusterName')}</span>
          {/* The coach asked to rename: the field takes the keys at once. */}
          <input type="text" value={name} maxLength={LIMITS.name} autoFocus onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={name.trim() === ''}>
          {t('cards.save')}
        </button>
      </form>
    );
  }
  return (
    <div className="cluster-head">
      <h4 className="cluster-name">{cluster.name}</h4>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('cards.renameCluster', { name: cluster.name })}
        title={t('cards.renameCluster', { name: cluster.name })}
        onClick={() => {
          setName(cluster.name);
          setEditing(true);
        }}
      >
        <Icon name="edit" size={18} />
      </button>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('cards.removeCluster', { name: cluster.name })}
        title={t('cards.removeCluster', { name: cluster.name })}
        onClick={() => void actions.removeCluster(cluster.id).catch(fail)}
      >
        <Icon name="trash" size={18} />
      </button>
    </div>
  );
}

/** A group of cards, and a place to drop cards into it. */
export function ClusterLane({ cluster, cards, selected, onSelect, actions, fail }: ClusterLaneProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const label = cluster ? cluster.name : t('cards.unclustered');
  return (
    <section
      className={`${cluster ? 'cluster' : 'cluster cluster-none'}${over ? ' cluster-over' : ''}`}
      aria-label={label}
      data-cluster-id={cluster?.id ?? ''}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(CARD_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(CARD_DRAG_TYPE);
        if (!id || cards.some((c) => c.id === id)) return;
        e.preventDefault();
        actions.move([id], cluster?.id ?? null).catch(fail);
      }}
    >
      {cluster ? <ClusterName cluster={cluster} actions={actions} fail={fail} /> : <h4 className="cluster-name">{label}</h4>}
      {cards.length === 0 ? (
        <p className="cluster-empty">{cluster ? t('cards.clusterEmpty') : t('cards.allClustered')}</p>
      ) : (
        <ul className="idea-card-list">
          {cards.map((card) => (
            <CardItem key={card.id} card={card} selected={selected.has(card.id)} onSelect={onSelect} actions={actions} fail={fail} />
          ))}
        </ul>
      )}
    </section>
  );
}
