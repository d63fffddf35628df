/** UI words for the lead view's data that only the lead view shows: stage needs, channels, match reasons. */
import type { MatchReason } from '../core/lead/match';
import type { Channel, Stage } from '../core/lead/types';
import { t, uiLocale } from '../shared/i18n';
import { keyPart } from '../shared/message-keys';

export const stageNeeds = (stage: Stage): string => t(`stageNeeds_${keyPart(stage)}`);
export const channelLabel = (channel: Channel): string => t(`channel_${channel}`);
export const matchReasonLabel = (reason: MatchReason): string => t(`match_${keyPart(reason)}`);

export function formatDay(isoDay: string): string {
  const d = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(d.getTime()) ? isoDay : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(d);
}

export const formatNumber = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);
