import { useT } from '@/components/I18nProvider';
import { useStorageItem } from '@/components/use-storage-item';
import { badgeSettingItem } from '@/lib/badge';
import { Switch } from './Switch';

/** The options switch for the toolbar badge (on by default; off clears the number at once). */
export function BadgeSwitch() {
  const { t } = useT('reach');
  const setting = useStorageItem(badgeSettingItem);
  if (!setting) return null;
  return (
    <section aria-label={t('badge.label')} className="card">
      <Switch
        label={t('badge.label')}
        description={t('badge.hint')}
        checked={setting.enabled}
        onChange={(enabled) => void badgeSettingItem.setValue({ enabled })}
      />
    </section>
  );
}
