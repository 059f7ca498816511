import { useTranslation } from 'react-i18next';
import { type ChecklistItem, LIMITS, MAX_CHECKLIST_ITEMS } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/fields';
import { newPhaseKey } from './phase-list';

// A checklist phase's items in the template editor (and a workshop's agenda):
// each a title and a short explanation; added, moved up and removed. An item
// keeps its key when renamed, so a workshop's answers stay with it.

interface Props {
  items: readonly ChecklistItem[];
  readOnly: boolean;
  onChange: (items: ChecklistItem[], group: string) => void;
}

function ReadOnlyItems({ items }: { items: readonly ChecklistItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="readonly-text">{t('dataProtection.templates.noItems')}</p>;
  return (
    <ol className="items-readonly">
      {items.map((item) => (
        <li key={item.key}>
          <strong>{item.title}</strong>
          {item.explanation && <span> – {item.explanation}</span>}
        </li>
      ))}
    </ol>
  );
}

export function ChecklistItemsField({ items, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const put = (index: number, patch: Partial<ChecklistItem>, group: string): void => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)), group);
  const add = (): void => {
    const title = t('dataProtection.templates.newItem');
    onChange([...items, { key: newPhaseKey(title, new Set(items.map((i) => i.key))), title, explanation: '' }], 'items-add');
  };
  const move = (index: number): void => onChange(items.map((item, i) => (i === index - 1 ? items[index]! : i === index ? items[index - 1]! : item)), 'items-move');
  return (
    <fieldset className="items-field">
      <legend className="field-label">{t('dataProtection.templates.items')}</legend>
      <p className="field-hint">{t('dataProtection.templates.itemsHint')}</p>
      {readOnly ? (
        <ReadOnlyItems items={items} />
      ) : (
        <>
          <ol className="items-list">
            {items.map((item, index) => (
              <li key={item.key} className="items-entry">
                <TextField
                  label={t('dataProtection.templates.itemTitle', { n: index + 1 })}
                  value={item.title}
                  maxLength={LIMITS.name}
                  onChange={(title) => put(index, { title }, `item-title-${item.key}`)}
                  error={item.title.trim() === '' ? t('errors.required.title') : undefined}
                  className="input-wide"
                />
                <TextField
                  label={t('dataProtection.templates.itemExplanation', { n: index + 1 })}
                  value={item.explanation}
                  maxLength={LIMITS.text}
                  multiline
                  rows={3}
                  onChange={(explanation) => put(index, { explanation }, `item-text-${item.key}`)}
                  className="input-wide"
                />
                <div className="items-buttons">
                  {index > 0 && (
                    <button type="button" className="btn btn-small" onClick={() => move(index)}>
                      <Icon name="arrowUp" size={18} />
                      <span className="visually-hidden">{t('dataProtection.templates.moveUp', { n: index + 1 })}</span>
                    </button>
                  )}
                  <button type="button" className="btn btn-small" onClick={() => onChange(items.filter((_, i) => i !== index), 'items-remove')}>
                    <Icon name="trash" size={18} />
                    {t('dataProtection.templates.removeItem', { n: index + 1 })}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {items.length < MAX_CHECKLIST_ITEMS && (
            <button type="button" className="btn" onClick={add}>
              <Icon name="plus" />
              {t('dataProtection.templates.addItem')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}
