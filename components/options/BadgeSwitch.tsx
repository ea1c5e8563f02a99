import { useT } from '@/components/I18nProvider';
import { useStorageItem } from '@/components/use-storage-item';
import { badgeSettingItem } from '@/lib/shared/badge';
import { Switch } from './Switch';

/** The options switch for the toolbar badge (on by default; off clears the number at once). */
export function BadgeSwitch() {
  const { t } = useT('badge');
  const setting = useStorageItem(badgeSettingItem);
  if (!setting) return null;
  return (
    <section aria-label={t('label')} className="card">
      <Switch
        label={t('label')}
        description={t('hint')}
        checked={setting.enabled}
        onChange={(enabled) => void badgeSettingItem.setValue({ enabled })}
      />
    </section>
  );
}
