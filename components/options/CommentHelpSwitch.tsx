import { useT } from '@/components/I18nProvider';
import { useStorageItem } from '@/components/use-storage-item';
import { commentHelpItem, POLICY_VERSION, setCommentHelp } from '@/lib/shared/settings';
import { Switch } from './Switch';

/**
 * "Also help in comment boxes" (issue 28), shown under the reminders switch: off by default, one
 * click to give or withdraw (open LinkedIn tabs follow at once), and without effect while the
 * reminders are off or the organization switched the comment helper off.
 */
export function CommentHelpSwitch({ remindersOn, offByOrg }: { remindersOn: boolean; offByOrg: boolean }) {
  const { t, formatDate } = useT('options');
  const setting = useStorageItem(commentHelpItem);
  if (!setting) return null;
  const on = setting.granted && setting.policyVersion === POLICY_VERSION;
  let status: string;
  if (on && setting.at) status = t('consent.on', { date: formatDate(setting.at), version: setting.policyVersion });
  else if (setting.at) status = t('consent.offSince', { date: formatDate(setting.at) });
  else status = t('consent.off');
  return (
    <div className="sub-switch" data-testid="comment-help-switch">
      <Switch
        label={t('consent.commentHelp.label')}
        description={t('consent.commentHelp.description')}
        checked={on && !offByOrg}
        disabled={offByOrg}
        onChange={(next) => void setCommentHelp(next)}
      >
        {offByOrg ? (
          <p className="status status-warning" data-testid="org-off-commentHelper">
            <strong>{t('orgPolicy.offByOrgLabel')}.</strong> {t('orgPolicy.offByOrg')}
          </p>
        ) : (
          <p className="status">{status}</p>
        )}
        {!remindersOn && on && !offByOrg ? (
          <p className="status status-warning">{t('consent.commentHelp.needsReminders')}</p>
        ) : null}
        {!remindersOn && !on ? <p className="hint">{t('consent.commentHelp.needsReminders')}</p> : null}
      </Switch>
    </div>
  );
}
