/** What the options page gets back from the data:* messages. Plain types, safe anywhere. */
import type { ShareEvent } from '../db/types';
import type { ConsentHistoryEntry, Consent, Preferences } from '../../shared/settings';
import type { SentReport } from '../../shared/counting/state';

/** One share record as exported: exactly what the database keeps (never the post text). */
export type ExportedShare = ShareEvent;

/** The JSON export: everything the extension keeps about the person on this device. */
export interface ExportBundle {
  format: 'advocacy-export';
  formatVersion: 1;
  exportedAt: string;
  policyVersion: number;
  settings: {
    consent: Consent;
    preferences: Preferences;
    feedUrl: string | null;
    /** Every other stored setting (panel state, health counters…), as stored. */
    other: Record<string, unknown>;
  };
  consentHistory: ConsentHistoryEntry[];
  shares: ExportedShare[];
  /**
   * Every programme-results report that left the device (issue 26), with its time and exact
   * bytes. Absent in exports made before issue 26. The permanent randomized answers and the
   * report waiting to be sent are under `settings.other` (`countingMemo`, `countingState`).
   */
  reportsSent?: SentReport[];
}

/** The answer to data:export: both files, ready to download. */
export interface DataExport {
  exportedAt: string;
  shareCount: number;
  json: string;
  csv: string;
}

/** The answer to data:summary. */
export interface DataSummary {
  shareCount: number;
  firstAt: string | null;
  lastAt: string | null;
}
