import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';

/**
 * "Unser Thema: …" above every phase after the vote that chose it, and in the
 * sessions that follow: the template says all later phases work with it.
 */
export function TopicBanner({ workshopId, phase }: { workshopId: string; phase: Phase }) {
  const { t } = useTranslation();
  const { data: topic } = useQuery('workshops.topic', { workshopId });
  if (!topic) return null;
  if (topic.position !== null && phase.position <= topic.position) return null;
  return (
    <p className="phase-topic">
      <strong>{t('phase.topic', { topic: topic.text })}</strong>
      {topic.fromTitle ? <span className="phase-topic-from"> · {t('phase.topicFrom', { title: topic.fromTitle })}</span> : null}
    </p>
  );
}
