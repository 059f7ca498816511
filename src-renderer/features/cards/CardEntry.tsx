import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_COLORS, type CardColor, LIMITS } from '../../../src-main/contract';
import { CARD_FILLS } from '../../../src-main/shared/live-labels';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/fields';
import type { CardActions } from './card-actions';

interface CardEntryProps {
  add: CardActions['add'];
  fail: (error: unknown) => void;
}

/** Type, Enter, next card: the field stays focused and empties, the colour stays as it was. */
export function CardEntry({ add, fail }: CardEntryProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [color, setColor] = useState<CardColor>('yellow');
  const [withAuthor, setWithAuthor] = useState(false);
  const [author, setAuthor] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    if (text.trim() === '') {
      setError(t('errors.cards.empty'));
      return;
    }
    setError(null);
    const entered = text;
    setText('');
    try {
      await add({ text: entered, color, author: withAuthor ? author : '', clusterId: null });
    } catch (e) {
      setText(entered);
      fail(e);
    }
  };

  return (
    <form
      className="idea-card-entry"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('cards.newCard')}
        value={text}
        onChange={setText}
        error={error ?? undefined}
        maxLength={LIMITS.shortText}
        placeholder={t('cards.placeholder')}
        className="idea-card-entry-input"
      />
      <button type="submit" className="btn btn-primary idea-card-entry-add">
        <Icon name="plus" />
        {t('cards.add')}
      </button>
      <fieldset className="idea-card-colors">
        <legend>{t('cards.color')}</legend>
        {CARD_COLORS.map((c) => (
          <label key={c} className="idea-card-color" style={{ background: CARD_FILLS[c] }}>
            <input type="radio" name="card-color" value={c} checked={color === c} onChange={() => setColor(c)} />
            <span>{t(`cards.colors.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="idea-card-author-entry">
        <label className="choice">
          <input type="checkbox" checked={withAuthor} onChange={(e) => setWithAuthor(e.target.checked)} />
          {t('cards.withAuthor')}
        </label>
        {withAuthor && (
          <label className="idea-card-author-field">
            <span>{t('cards.author')}</span>
            <input type="text" value={author} maxLength={LIMITS.name} onChange={(e) => setAuthor(e.target.value)} />
          </label>
        )}
      </div>
    </form>
  );
}
