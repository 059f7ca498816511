import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_COLORS, type Card, type CardColor, LIMITS } from '../../../src-main/contract';
import { CARD_FILLS } from '../../../src-main/shared/live-labels';
import { Icon } from '../../ui/Icon';
import type { CardActions } from './card-actions';

interface CardItemProps {
  card: Card;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  actions: CardActions;
  fail: (error: unknown) => void;
}

export const CARD_DRAG_TYPE = 'application/x-vereinswerkstatt-card';

function CardEditForm({ card, onDone, actions, fail }: { card: Card; onDone: () => void; actions: CardActions; fail: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(card.text);
  const [color, setColor] = useState<CardColor>(card.color);
  const [author, setAuthor] = useState(card.author);
  const save = (): void => {
    onDone();
    actions.update(card.id, { text, color, author }).catch(fail);
  };
  return (
    <form
      className="idea-card-edit"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label>
        <span>{t('cards.text')}</span>
        <input type="text" value={text} maxLength={LIMITS.shortText} autoFocus onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        <span>{t('cards.color')}</span>
        <select value={color} onChange={(e) => setColor(e.target.value as CardColor)}>
          {CARD_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`cards.colors.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('cards.author')}</span>
        <input type="text" value={author} maxLength={LIMITS.name} onChange={(e) => setAuthor(e.target.value)} />
      </label>
      <div className="idea-card-edit-buttons">
        <button type="submit" className="btn btn-primary" disabled={text.trim() === ''}>
          {t('cards.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * One card: its text as written, the author only if the room wanted it; drag it onto a group, or select it.
 * Drawn again only when it changed: a card coming in from a phone does not redraw the other hundreds.
 */
export const CardItem = memo(function CardItem({ card, selected, onSelect, actions, fail }: CardItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="idea-card" style={{ background: CARD_FILLS[card.color] }}>
        <CardEditForm card={card} onDone={() => setEditing(false)} actions={actions} fail={fail} />
      </li>
    );
  }
  return (
    <li
      className={selected ? 'idea-card idea-card-selected' : 'idea-card'}
      style={{ background: CARD_FILLS[card.color] }}
      draggable
      data-card-id={card.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(CARD_DRAG_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <label className="idea-card-select">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(card.id, e.target.checked)} />
        <span className="visually-hidden">{t('cards.select')}</span>
      </label>
      <p className="idea-card-text">{card.text}</p>
      {card.author && <p className="idea-card-author">{card.author}</p>}
      <div className="idea-card-tools">
        <button type="button" className="btn btn-icon" aria-label={t('cards.edit')} title={t('cards.edit')} onClick={() => setEditing(true)}>
          <Icon name="edit" size={18} />
        </button>
        <button type="button" className="btn btn-icon" aria-label={t('cards.remove')} title={t('cards.remove')} onClick={() => void actions.remove([card.id]).catch(fail)}>
          <Icon name="trash" size={18} />
        </button>
      </div>
    </li>
  );
});
