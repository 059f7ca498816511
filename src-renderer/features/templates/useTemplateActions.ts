import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';

export interface TemplateActions {
  /** An editable copy; `open` goes straight to it. */
  duplicate: (id: string, open?: boolean) => Promise<TemplateDetail | null>;
  exportFile: (id: string) => Promise<void>;
}

/** The library's actions that several screens share, each saying what happened. */
export function useTemplateActions(): TemplateActions {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const duplicate = useCallback(
    async (id: string, open = false) => {
      try {
        const copy = await api.call('templates.duplicate', { id });
        announce(t('templates.duplicated', { name: copy.name }));
        if (open) navigate(paths.template(copy.id));
        return copy;
      } catch (error) {
        announce(errorMessage(t, error));
        return null;
      }
    },
    [announce, api, t],
  );
  const exportFile = useCallback(
    async (id: string) => {
      try {
        const result = await api.exportFile('template.json', { templateId: id });
        if (result.saved) announce(t('common.exported', { file: result.fileName }));
      } catch (error) {
        announce(errorMessage(t, error));
      }
    },
    [announce, api, t],
  );
  return useMemo(() => ({ duplicate, exportFile }), [duplicate, exportFile]);
}
